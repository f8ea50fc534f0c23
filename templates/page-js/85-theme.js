// Theme: follows the system until the toggle picks one. The button is a
// toggle named "Dark mode" whose pressed state says whether the page is dark:
// its name never changes, so that name and state never contradict.
var toggle = document.getElementById('theme-toggle');
var dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
function applyTheme() {
  document.documentElement.setAttribute('data-theme', dark ? 'dark' : 'light');
  toggle.setAttribute('aria-pressed', String(dark));
}
toggle.addEventListener('click', function () { dark = !dark; applyTheme(); });
toggle.setAttribute('aria-pressed', String(dark));
