// Sends a form marked data-upload-progress through XMLHttpRequest when it carries a file, so the page can show how
// far the upload is. The server answers with a redirect, which is followed once the upload is done. Listening on
// the document keeps this working after Blazor's enhanced navigation; without this script the form posts as it is.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.matches('form[data-upload-progress]')) {
    return;
  }
  const file = form.querySelector('input[type=file]');
  if (!file || file.files.length === 0) {
    return;
  }
  event.preventDefault();
  event.stopImmediatePropagation();
  const panel = form.querySelector('.upload-progress');
  const bar = panel.querySelector('progress');
  const text = panel.querySelector('[data-progress-text]');
  const button = form.querySelector('button[type=submit]');
  panel.hidden = false;
  button.disabled = true;
  const request = new XMLHttpRequest();
  request.open('POST', form.action);
  request.upload.addEventListener('progress', (progress) => {
    if (progress.lengthComputable) {
      const percent = Math.round((progress.loaded / progress.total) * 100);
      bar.value = percent;
      text.textContent = text.dataset.template.replace('{0}', percent);
    }
  });
  request.addEventListener('load', () => window.location.assign(request.responseURL || form.action));
  request.addEventListener('error', () => {
    button.disabled = false;
    panel.hidden = true;
    text.textContent = '';
    HTMLFormElement.prototype.submit.call(form);
  });
  request.send(new FormData(form));
}, true);
