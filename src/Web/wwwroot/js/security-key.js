// Relays a WebAuthn ceremony: the Host's options (JSON, binary fields in base64url) go to navigator.credentials,
// and the key's answer goes back through the form, so the Web app can pass it on to the Host.
const toBuffer = (text) => Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=')), (c) => c.charCodeAt(0)).buffer;
const toText = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const withoutNulls = (value) => JSON.parse(JSON.stringify(value, (_, v) => (v === null ? undefined : v)));
const credentials = (list) => (list ?? []).map((c) => ({ ...c, id: toBuffer(c.id) }));

function creationOptions(options) {
  return { ...options, challenge: toBuffer(options.challenge), user: { ...options.user, id: toBuffer(options.user.id) }, excludeCredentials: credentials(options.excludeCredentials) };
}

function requestOptions(options) {
  return { ...options, challenge: toBuffer(options.challenge), allowCredentials: credentials(options.allowCredentials) };
}

function answer(credential) {
  const response = {};
  for (const field of ['clientDataJSON', 'attestationObject', 'authenticatorData', 'signature', 'userHandle']) {
    if (credential.response[field]) {
      response[field] = toText(credential.response[field]);
    }
  }
  return { id: credential.id, rawId: toText(credential.rawId), type: credential.type, response, clientExtensionResults: credential.getClientExtensionResults() };
}

async function runCeremony(form) {
  const failed = form.querySelector('[data-webauthn-failed]');
  failed.hidden = true;
  try {
    const options = withoutNulls(JSON.parse(form.dataset.options));
    const credential = form.dataset.webauthn === 'register'
      ? await navigator.credentials.create({ publicKey: creationOptions(options) })
      : await navigator.credentials.get({ publicKey: requestOptions(options) });
    form.querySelector('[data-webauthn-answer]').value = JSON.stringify(answer(credential));
    form.submit();
  } catch {
    failed.hidden = false;
    failed.focus();
  }
}

// Without script (or without WebAuthn) the form keeps its explanation and no button.
// Blazor's enhanced navigation swaps pages without rerunning modules, so this runs again after each one.
function showForms() {
  if (!window.PublicKeyCredential) {
    return;
  }
  for (const form of document.querySelectorAll('form[data-webauthn]')) {
    form.querySelector('[data-webauthn-start]').hidden = false;
    form.querySelector('[data-webauthn-needs-script]')?.remove();
  }
}

document.addEventListener('click', (event) => {
  const start = event.target.closest('[data-webauthn-start]');
  if (start) {
    runCeremony(start.closest('form[data-webauthn]'));
  }
});
showForms();
window.Blazor?.addEventListener('enhancedload', showForms);
