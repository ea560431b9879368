// The planning board by keyboard: arrow keys move between the placements as in a grid, Home and End go to the
// first and last of a row; Enter opens a placement (the buttons do that themselves) and the focus then moves to
// its panel, where Tab reaches the recommended hosts; Escape goes back to the placement on the board.
(function () {
  'use strict';

  var lastCell = null;

  function cellsOf(row) {
    return Array.prototype.slice.call(row.querySelectorAll('td'));
  }

  function buttonIn(td) {
    return td ? td.querySelector('button.cell') : null;
  }

  // The nearest placement from column index `column` in `row`, looking in direction `step` (-1 or 1).
  function nearestInRow(row, column, step) {
    var tds = cellsOf(row);
    for (var i = column; i >= 0 && i < tds.length; i += step) {
      if (buttonIn(tds[i])) {
        return buttonIn(tds[i]);
      }
    }
    return null;
  }

  // The placement in the same column of the next row up or down that has one there.
  function nearestInColumn(row, column, step) {
    for (var r = step > 0 ? row.nextElementSibling : row.previousElementSibling; r;
         r = step > 0 ? r.nextElementSibling : r.previousElementSibling) {
      var target = buttonIn(cellsOf(r)[column]);
      if (target) {
        return target;
      }
    }
    return null;
  }

  function target(cell, key) {
    var td = cell.closest('td');
    var row = td.closest('tr');
    var column = cellsOf(row).indexOf(td);
    switch (key) {
      case 'ArrowRight': return nearestInRow(row, column + 1, 1);
      case 'ArrowLeft': return nearestInRow(row, column - 1, -1);
      case 'ArrowDown': return nearestInColumn(row, column, 1);
      case 'ArrowUp': return nearestInColumn(row, column, -1);
      case 'Home': return nearestInRow(row, 0, 1);
      case 'End': return nearestInRow(row, cellsOf(row).length - 1, -1);
      default: return null;
    }
  }

  document.addEventListener('keydown', function (event) {
    var cell = event.target.closest && event.target.closest('#board button.cell');
    if (cell) {
      var next = target(cell, event.key);
      if (next) {
        event.preventDefault();
        next.focus();
      }
      return;
    }
    if (event.key === 'Escape' && event.target.closest && event.target.closest('#panel') && lastCell) {
      var back = document.querySelector('#board button.cell[data-placement="' + lastCell + '"]');
      if (back) {
        event.preventDefault();
        back.focus();
      }
    }
  });

  // A placement opened from the board, or changed in its panel: the panel takes the focus (the element that had
  // it is gone or far away), so the next Tab reaches its alternatives and a screen reader reads the result.
  var panelAsked = false;
  document.addEventListener('htmx:beforeRequest', function (event) {
    // only requests for the panel count: the solve panel's polling must not reset this meanwhile
    if (!event.detail.target || event.detail.target.id !== 'panel') {
      return;
    }
    var source = event.detail.elt;
    if (source.matches('#board button.cell')) {
      lastCell = source.getAttribute('data-placement');
    }
    panelAsked = true;
  });
  document.addEventListener('htmx:afterSwap', function (event) {
    if (event.detail.target.id === 'panel' && panelAsked) {
      panelAsked = false;
      var heading = document.querySelector('#panel-content h2');
      if (heading) {
        heading.focus();
      }
    }
  });
}());
