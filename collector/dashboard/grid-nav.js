// @ts-check (checked by collector/test/dashboard-types.test.ts with collector/dashboard/tsconfig.json)
// Keyboard use of a data grid (WAI-ARIA APG, "Data Grid"): one tab stop for the whole grid
// (roving tabindex), arrow keys move between cells, Home/End to a row's ends, Ctrl+Home/End to
// the grid's, and Enter or Space (or a click) activates the cell.

/** Each table's current handlers: a redraw may pass new ones, the listeners stay. */
/** @type {WeakMap<HTMLTableElement, { isActive: (cell: HTMLTableCellElement) => boolean, onActivate: (cell: HTMLTableCellElement) => void }>} */
const handlers = new WeakMap();

/** @param {HTMLTableElement} table */
function rowsOf(table) {
  return [...table.tBodies[0].rows].map((row) => [...row.cells].filter((c) => c.tagName === 'TD'));
}

/**
 * @param {HTMLTableElement} table
 * @param {HTMLTableCellElement} cell
 * @param {boolean} focus
 */
function makeCurrent(table, cell, focus) {
  for (const other of table.querySelectorAll('td[tabindex="0"]'))
    other.setAttribute('tabindex', '-1');
  cell.setAttribute('tabindex', '0');
  if (focus) cell.focus();
}

/**
 * The cell a key moves to from row `r`, column `c`, or undefined for a key the grid ignores.
 * @param {HTMLTableCellElement[][]} rows
 * @param {number} r
 * @param {number} c
 * @param {KeyboardEvent} event
 */
function target(rows, r, c, event) {
  const last = rows.length - 1;
  const width = rows[r].length - 1;
  const moves = {
    ArrowLeft: [r, Math.max(0, c - 1)],
    ArrowRight: [r, Math.min(width, c + 1)],
    ArrowUp: [Math.max(0, r - 1), c],
    ArrowDown: [Math.min(last, r + 1), c],
    Home: event.ctrlKey ? [0, 0] : [r, 0],
    End: event.ctrlKey ? [last, rows[last].length - 1] : [r, width],
  };
  const move = moves[/** @type {keyof typeof moves} */ (event.key)];
  return move ? rows[move[0]]?.[move[1]] : undefined;
}

/**
 * Makes the body cells of `table` one keyboard-navigable grid. `isActive(cell)` says whether
 * a cell opens something; `onActivate(cell)` opens it. Call again after redrawing the body:
 * the current cell is kept by its `data-key` when it is still there.
 *
 * @example
 * navigateGrid(table, (td) => td.dataset.answers !== undefined, (td) => openCell(td));
 * @param {HTMLTableElement} table
 * @param {(cell: HTMLTableCellElement) => boolean} isActive
 * @param {(cell: HTMLTableCellElement) => void} onActivate
 */
export function navigateGrid(table, isActive, onActivate) {
  const rows = rowsOf(table);
  const cells = rows.flat();
  const previous = table.dataset.current;
  const kept = cells.find((cell) => cell.dataset.key === previous);
  for (const cell of cells) cell.setAttribute('tabindex', '-1');
  const first = kept ?? cells.find(isActive) ?? cells[0];
  if (first) makeCurrent(table, first, false);
  const known = handlers.has(table);
  handlers.set(table, { isActive, onActivate });
  if (known) return;
  /** @param {HTMLTableCellElement} cell */
  const activate = (cell) => {
    const current = handlers.get(table);
    if (current?.isActive(cell)) current.onActivate(cell);
  };

  /** @param {EventTarget | null} node */
  const cellOf = (node) =>
    /** @type {HTMLTableCellElement | null} */ (
      node instanceof Element ? node.closest('tbody td') : null
    );
  table.addEventListener('focusin', (event) => {
    const cell = cellOf(event.target);
    if (!cell) return;
    table.dataset.current = cell.dataset.key ?? '';
    makeCurrent(table, cell, false);
  });
  table.addEventListener('click', (event) => {
    const cell = cellOf(event.target);
    if (cell) activate(cell);
  });
  table.addEventListener('keydown', (event) => {
    const cell = cellOf(event.target);
    if (!cell) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate(cell);
      return;
    }
    const current = rowsOf(table);
    const r = current.findIndex((row) => row.includes(cell));
    const next = r === -1 ? undefined : target(current, r, current[r].indexOf(cell), event);
    if (!next) return;
    event.preventDefault();
    makeCurrent(table, next, true);
  });
}
