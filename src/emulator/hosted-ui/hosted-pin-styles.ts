// The hosted PIN UI's stylesheet, inlined in the page and allowed by its hash in the page's CSP (under Circle's host
// names, served from the asset host instead). Plain and
// calm: a dimmed backdrop over the app, one card, large targets, visible focus, and an error colour that passes AA.

export const hostedPinStyles = `
:root {
  color-scheme: light;
  --ink: #0f172a;
  --muted: #475569;
  --line: #cbd5e1;
  --accent: #1d4ed8;
  --accent-ink: #ffffff;
  --danger: #b91c1c;
  --danger-bg: #fef2f2;
  --focus: #f59e0b;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  font-size: 16px;
  line-height: 1.45;
  color: var(--ink);
}
* { box-sizing: border-box; }
html, body { margin: 0; min-height: 100%; background: transparent; }
.backdrop {
  min-height: 100vh;
  display: grid;
  place-items: center;
  padding: 24px;
  background: rgba(15, 23, 42, 0.55);
}
.card {
  width: min(420px, 100%);
  background: #ffffff;
  border-radius: 16px;
  box-shadow: 0 24px 48px rgba(15, 23, 42, 0.35);
  padding: 28px 28px 24px;
}
.badge {
  display: inline-block;
  margin: 0 0 12px;
  padding: 2px 10px;
  border-radius: 999px;
  background: #eef2ff;
  color: #3730a3;
  font-size: 0.75rem;
  font-weight: 600;
  letter-spacing: 0.02em;
}
h1 { margin: 0; font-size: 1.375rem; line-height: 1.25; }
.progress { margin: 4px 0 0; color: var(--muted); font-size: 0.875rem; }
.intro { margin: 12px 0 20px; color: var(--muted); }
.field { display: grid; gap: 6px; margin-bottom: 16px; }
label { font-weight: 600; }
input, select {
  width: 100%;
  font: inherit;
  color: inherit;
  padding: 10px 12px;
  border: 1px solid var(--line);
  border-radius: 10px;
  background: #ffffff;
}
.field-pin input { font-size: 1.5rem; letter-spacing: 0.5em; text-align: center; font-variant-numeric: tabular-nums; }
input[aria-invalid='true'], select[aria-invalid='true'] { border-color: var(--danger); }
input:focus-visible, select:focus-visible, button:focus-visible, a:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 2px;
}
.forgot { margin: -4px 0 16px; }
.link { color: var(--accent); font-weight: 600; }
.alert {
  margin: 0 0 16px;
  padding: 10px 12px;
  border-radius: 10px;
  border: 1px solid #fecaca;
  background: var(--danger-bg);
  color: var(--danger);
}
.alert .code { font-variant-numeric: tabular-nums; }
.actions { display: flex; justify-content: flex-end; gap: 12px; margin-top: 8px; }
button {
  font: inherit;
  font-weight: 600;
  min-width: 104px;
  padding: 10px 18px;
  border-radius: 10px;
  border: 1px solid transparent;
  cursor: pointer;
}
button.primary { background: var(--accent); color: var(--accent-ink); }
button.secondary { background: #ffffff; color: var(--ink); border-color: var(--line); }
button.busy { opacity: 0.7; cursor: progress; }
@media (prefers-reduced-motion: no-preference) {
  button { transition: background-color 120ms ease; }
}
`;
