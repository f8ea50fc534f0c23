// The page is ready: the tools show, and the URL's event (or the place the
// reader had before a reload) is selected.
document.getElementById('tools').hidden = false;
document.getElementById('chain-legend').hidden = false;
document.getElementById('zoom-bar').hidden = false;
restoreView();
fromHash();
