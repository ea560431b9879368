// Behaviour the pages need beyond htmx, as a file: the Content-Security-Policy allows no inline script.
// A button marked data-reload reloads the page. The planning board's reload button (#reload-board) still
// carries an inline onclick, which the policy blocks; it is handled here until the board marks it data-reload.
document.addEventListener('click', function (event) {
  if (event.target.closest('[data-reload], #reload-board')) {
    window.location.reload();
  }
});
