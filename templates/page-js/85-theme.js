// Theme: follows the system until the toggle picks one.
var toggle = document.getElementById('theme-toggle');
var dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
function applyTheme() {
  document.documentElement.setAttribute('data-theme', dark ? 'dark' : 'light');
  toggle.setAttribute('aria-pressed', String(dark));
  toggle.textContent = dark ? 'Light mode' : 'Dark mode';
}
toggle.addEventListener('click', function () { dark = !dark; applyTheme(); });
toggle.setAttribute('aria-pressed', String(dark));
toggle.textContent = dark ? 'Light mode' : 'Dark mode';
