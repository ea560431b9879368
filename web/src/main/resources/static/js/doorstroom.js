// Behaviour the pages need beyond htmx, as a file: the Content-Security-Policy allows no inline script.
// A button marked data-reload reloads the page.
document.addEventListener('click', function (event) {
  if (event.target.closest('[data-reload]')) {
    window.location.reload();
  }
});
