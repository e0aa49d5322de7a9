// "Wachtwoord tonen": lets someone check what they typed, which helps on a phone keyboard. The buttons are rendered
// by the page and shown only when this script runs (the html element gets the class "js"); listening on the
// document keeps them working after Blazor's enhanced navigation.
document.documentElement.classList.add('js');
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button[data-password-toggle]') : null;
  if (!button) {
    return;
  }
  const input = document.getElementById(button.getAttribute('aria-controls'));
  if (!input) {
    return;
  }
  const showing = input.type === 'text';
  input.type = showing ? 'password' : 'text';
  button.setAttribute('aria-pressed', String(!showing));
});
