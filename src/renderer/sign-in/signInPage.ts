// The sign-in window's page: a form whose details go to main through the window's own preload.
// Main checks them against the server and closes the window when they work; otherwise its words
// are shown here. Kept apart from the reader's page: it imports nothing of it.

import { SIGN_IN_GLOBAL, type SignInApi } from '../../shared/ipc/signIn';
import './signIn.css';

const api = (window as unknown as Record<string, SignInApi | undefined>)[SIGN_IN_GLOBAL];
const form = document.getElementById('sign-in-form') as HTMLFormElement;
const message = document.getElementById('sign-in-message') as HTMLParagraphElement;
const submit = document.getElementById('sign-in-submit') as HTMLButtonElement;
const cancel = document.getElementById('sign-in-cancel') as HTMLButtonElement;

function show(text: string | null): void {
  message.hidden = text === null;
  message.textContent = text ?? '';
}

function field(name: string): string {
  return (form.elements.namedItem(name) as HTMLInputElement).value.trim();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!api) return show('This window is not running inside Summit Reader.');
  const missing = ['serverUrl', 'database', 'username'].find((name) => field(name) === '');
  const password = (form.elements.namedItem('password') as HTMLInputElement).value;
  if (missing || password === '') return show('Fill in the server address, database, user name and password.');
  show(null);
  submit.disabled = true;
  submit.textContent = 'Signing in…';
  void api
    .submit({ serverUrl: field('serverUrl'), database: field('database'), username: field('username'), password })
    .then((answer) => {
      if (!answer.ok) show(answer.message);
    })
    .catch(() => show('The app could not be asked to sign in. Try again.'))
    .finally(() => {
      submit.disabled = false;
      submit.textContent = 'Sign in';
    });
});

const close = (): void => void api?.cancel();
cancel.addEventListener('click', close);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') close();
});
// Main fills in the details last signed in with (never the password) through the page's address.
const last = new URLSearchParams(window.location.search);
for (const name of ['serverUrl', 'database', 'username']) {
  const value = last.get(name);
  if (value) (form.elements.namedItem(name) as HTMLInputElement).value = value.slice(0, 2000);
}
(form.elements.namedItem(last.get('username') ? 'password' : 'serverUrl') as HTMLInputElement).focus();
