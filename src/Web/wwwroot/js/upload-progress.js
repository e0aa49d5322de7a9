// Sends a form marked data-upload-progress through XMLHttpRequest when it carries a file, so the page can show how
// far the upload is. The server answers with the address to go to next. Listening on
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
  request.setRequestHeader('X-Upload-Progress', '1');
  request.responseType = 'json';
  request.upload.addEventListener('progress', (progress) => {
    if (progress.lengthComputable) {
      const percent = Math.round((progress.loaded / progress.total) * 100);
      bar.value = percent;
      text.textContent = text.dataset.template.replace('{0}', percent);
    }
  });
  request.addEventListener('load', () => {
    if (request.status === 200 && request.response && request.response.location) {
      window.location.assign(request.response.location);
    } else {
      failed();
    }
  });
  // Not sent again by itself: the file may have arrived. The visitor decides, and sees the dossier first if it did.
  const failed = () => {
    button.disabled = false;
    text.textContent = text.dataset.failed;
  };
  request.addEventListener('error', failed);
  request.send(new FormData(form));
}, true);
