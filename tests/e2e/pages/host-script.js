// The host page's own script: it must still run, whatever the widget meets.
window.hostScriptRan = true;
document.addEventListener('DOMContentLoaded', () => { document.body.dataset.hostReady = 'yes'; });
