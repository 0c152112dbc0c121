// The control page's stylesheet, inlined and allowed by its hash in the page's CSP: plain tables, visible focus,
// colours that pass AA.

export const controlPageStyles = `
:root {
  color-scheme: light;
  --ink: #0f172a;
  --muted: #475569;
  --line: #cbd5e1;
  --accent: #1d4ed8;
  --danger: #b91c1c;
  --focus: #f59e0b;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  font-size: 15px;
  line-height: 1.45;
  color: var(--ink);
}
* { box-sizing: border-box; }
body { margin: 0; background: #f8fafc; }
header { padding: 16px 24px; background: #ffffff; border-bottom: 1px solid var(--line); }
header h1 { margin: 0; font-size: 1.25rem; }
header p { margin: 4px 0 0; color: var(--muted); }
main { padding: 16px 24px 48px; display: grid; gap: 24px; }
#dashboard { display: grid; gap: 24px; }
#dashboard[hidden], [hidden] { display: none; }
h2 { margin: 0 0 8px; font-size: 1.1rem; }
h3 { margin: 0 0 8px; font-size: 1rem; }
#status:empty { display: none; }
#status { margin: 0; padding: 8px 12px; border-left: 4px solid var(--accent); background: #eff6ff; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; background: #ffffff; font-variant-numeric: tabular-nums; }
th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
thead th { background: #f1f5f9; font-weight: 600; white-space: nowrap; }
.controls { display: grid; grid-template-columns: repeat(auto-fit, minmax(240px, 1fr)); gap: 16px; }
form { display: grid; gap: 6px; align-content: start; padding: 12px; background: #ffffff; border: 1px solid var(--line);
  border-radius: 8px; }
label { font-weight: 600; }
input, select, button { font: inherit; padding: 6px 10px; border: 1px solid var(--line); border-radius: 6px; }
button { background: var(--accent); color: #ffffff; border-color: var(--accent); cursor: pointer; font-weight: 600; }
button.danger { background: var(--danger); border-color: var(--danger); }
.note { margin: 0; color: var(--muted); font-size: 0.875rem; }
.buttons { display: flex; gap: 8px; flex-wrap: wrap; margin: 8px 0 0; }
input:focus-visible, select:focus-visible, button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
`;
