// An event focused from the keyboard names itself in a tip, as a hovered one
// does through its <title>: keyboard readers get the label that the timeline
// had no room for. A click focuses too, but a reader with a mouse has the
// <title>, and a tip left standing would cover the neighbours.
var tip = el('div', '', 'tip');
tip.id = 'event-tip';
tip.setAttribute('role', 'tooltip');
tip.hidden = true;
document.body.appendChild(tip);
function hideTip() { tip.hidden = true; }
svgs.forEach(function (svg) {
  svg.addEventListener('focusin', function (ev) {
    var target = ev.target.closest && ev.target.closest('[data-id][tabindex]');
    if (!target) return;
    var c = copies.get(target);
    var keyboard = target.matches(':focus-visible');
    if (c) c.classList.toggle('is-focus', keyboard);
    if (!keyboard) { hideTip(); return; }
    var title = target.querySelector(':scope > title');
    tip.textContent = title ? title.textContent : target.getAttribute('aria-label') || '';
    tip.hidden = false;
    var r = target.getBoundingClientRect();
    var left = Math.max(4, Math.min(r.left, document.documentElement.clientWidth - tip.offsetWidth - 4));
    var top = r.bottom + 6 + tip.offsetHeight > window.innerHeight ? r.top - 6 - tip.offsetHeight : r.bottom + 6;
    tip.style.left = left + 'px';
    tip.style.top = Math.max(4, top) + 'px';
  });
  svg.addEventListener('focusout', function (ev) {
    var c = copies.get(ev.target);
    if (c) c.classList.remove('is-focus');
    hideTip();
  });
});
frame.addEventListener('scroll', hideTip, { passive: true });
window.addEventListener('scroll', hideTip, { passive: true });
