import htmx from 'htmx.org';

window.htmx = htmx;

// A refusal (4xx) or an unreachable service (5xx) shows its message in the page's message area instead of
// replacing the fragment, so what the user typed stays on the screen.
document.addEventListener('htmx:beforeSwap', (event) => {
  const status = event.detail.xhr.status;
  if (status >= 400) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
    event.detail.target = document.getElementById('messages');
    event.detail.swapOverride = 'innerHTML';
  }
});

// Work lists: arrow keys (or j/k) move between rows' links; Enter opens the focused one.
document.addEventListener('keydown', (event) => {
  const table = event.target.closest && event.target.closest('[data-keyboard-list]');
  if (!table || event.altKey || event.ctrlKey || event.metaKey) {
    return;
  }
  const down = event.key === 'ArrowDown' || event.key === 'j';
  const up = event.key === 'ArrowUp' || event.key === 'k';
  if (!down && !up) {
    return;
  }
  const links = Array.from(table.querySelectorAll('a.row-link'));
  const at = links.indexOf(document.activeElement);
  const next = links[Math.min(links.length - 1, Math.max(0, at + (down ? 1 : -1)))];
  if (next) {
    event.preventDefault();
    next.focus();
  }
});
