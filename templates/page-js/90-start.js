// The page is ready: the tools show, and the URL's event is selected.
document.getElementById('tools').hidden = false;
document.getElementById('zoom-bar').hidden = false;
fromHash();
