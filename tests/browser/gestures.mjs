// Gestures the zoom tests make on a page: a ctrl+wheel step at a point, and
// a two-finger pinch about a point, dispatched as touch pointer events to a
// frame (playwright has no multi-touch): two points 80 px apart move to
// 240 px apart, three times the zoom, along x or y.
export async function ctrlWheel(page, x, y) {
  await page.mouse.move(x, y);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  await page.waitForTimeout(200);
}

export async function pinchApart(page, frameSelector, { x, y }, axis = 'x') {
  await page.evaluate(({ frameSelector, x, y, axis }) => {
    const frame = document.querySelector(frameSelector);
    const send = (type, id, d) => frame.dispatchEvent(new PointerEvent(type, { pointerId: id, pointerType: 'touch',
      isPrimary: id === 1, clientX: axis === 'x' ? x + d : x, clientY: axis === 'y' ? y + d : y, bubbles: true }));
    send('pointerdown', 1, -40);
    send('pointerdown', 2, 40);
    for (let k = 1; k <= 10; k++) { send('pointermove', 1, -40 - 8 * k); send('pointermove', 2, 40 + 8 * k); }
    send('pointerup', 1, -120);
    send('pointerup', 2, 120);
  }, { frameSelector, x, y, axis });
  await page.waitForTimeout(200);
}
