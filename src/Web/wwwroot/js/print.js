// Buttons marked data-print print the page (for recovery codes). Without JavaScript they stay hidden.
for (const button of document.querySelectorAll('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
