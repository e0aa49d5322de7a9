// Buttons marked data-print print the page (for recovery codes). Without JavaScript they stay hidden.
// Blazor's enhanced navigation swaps pages without rerunning modules, so the buttons are shown again after each one.
const showButtons = () => document.querySelectorAll('[data-print]').forEach((button) => { button.hidden = false; });

document.addEventListener('click', (event) => {
  if (event.target.closest('[data-print]')) {
    window.print();
  }
});
showButtons();
window.Blazor?.addEventListener('enhancedload', showButtons);
