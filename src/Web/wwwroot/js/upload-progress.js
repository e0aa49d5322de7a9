// Sends a form with a file through XMLHttpRequest, so the page can show how far the upload is. The server answers
// with a redirect, which is followed once the upload is done. Without this script the form posts as it is.
for (const form of document.querySelectorAll('form[data-upload-progress]')) {
  form.addEventListener('submit', (event) => {
    const file = form.querySelector('input[type=file]');
    if (!file || file.files.length === 0) {
      return;
    }
    event.preventDefault();
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
      form.submit();
    });
    request.send(new FormData(form));
  });
}
