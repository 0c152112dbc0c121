// The hosted PIN UI's stylesheet, inlined in the page and allowed by its hash in the page's CSP (under Circle's host
// names, served from the asset host instead). Plain and calm: a dimmed backdrop over the app, one card, large
// targets, visible focus, and an error colour that passes AA. Every colour is a `--theme-<key>` custom property named
// after the web SDK's `ThemeColor` field it stands for, so an app's `setThemeColor` restyles the page through the
// CSSOM (hosted-pin-view.ts) without another stylesheet. Fields with no element here (tooltips, detail toggles,
// interactiveBg) have no property.

export const hostedPinStyles = `
:root {
  color-scheme: light;
  --theme-backdrop: #0f172a;
  --theme-backdropOpacity: 0.55;
  --theme-bg: #ffffff;
  --theme-divider: #e2e8f0;
  --theme-success: #15803d;
  --theme-error: #b91c1c;
  --theme-textMain: #0f172a;
  --theme-textMain2: #1d4ed8;
  --theme-titleGradients: none;
  --theme-textAuxiliary: #475569;
  --theme-textAuxiliary2: #475569;
  --theme-textSummary: #475569;
  --theme-textSummaryHighlight: #0f172a;
  --theme-textPlaceholder: #64748b;
  --theme-textInteractive: #1d4ed8;
  --theme-pinDotBase: #ffffff;
  --theme-pinDotBaseBorder: #cbd5e1;
  --theme-pinDotActivated: #0f172a;
  --theme-enteredPinText: #0f172a;
  --theme-inputText: #0f172a;
  --theme-inputBg: #ffffff;
  --theme-inputBgDisabled: #f1f5f9;
  --theme-inputBorderFocused: #1d4ed8;
  --theme-inputBorderFocusedError: #b91c1c;
  --theme-dropdownBg: #ffffff;
  --theme-dropdownBorderIsOpen: #1d4ed8;
  --theme-dropdownBorderError: #b91c1c;
  --theme-mainBtnText: #ffffff;
  --theme-mainBtnTextDisabled: #ffffff;
  --theme-mainBtnTextOnHover: #ffffff;
  --theme-mainBtnBg: #1d4ed8;
  --theme-mainBtnBgOnHover: #1e40af;
  --theme-mainBtnBgDisabled: #94a3b8;
  --theme-secondBtnText: #0f172a;
  --theme-secondBtnTextDisabled: #94a3b8;
  --theme-secondBtnTextOnHover: #0f172a;
  --theme-secondBtnBorder: #cbd5e1;
  --theme-secondBtnBorderOnHover: #94a3b8;
  --theme-secondBtnBgOnHover: #f8fafc;
  --theme-secondBtnBorderDisabled: #e2e8f0;
  --theme-plainBtnText: #1d4ed8;
  --theme-plainBtnTextDisabled: #94a3b8;
  --theme-plainBtnTextOnHover: #1e40af;
  --theme-plainBtnBg: transparent;
  --theme-plainBtnBgOnHover: #eff6ff;
  --theme-recoverPinHintTitle: #3730a3;
  --theme-recoverPinHintTitleBg: #eef2ff;
  --theme-recoverPinHint: #475569;
  --theme-fontFamily: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  --line: #cbd5e1;
  --focus: #f59e0b;
  --danger-bg: #fef2f2;
  font-family: var(--theme-fontFamily);
  font-size: 16px;
  line-height: 1.45;
  color: var(--theme-textMain);
}
* { box-sizing: border-box; }
html, body { margin: 0; min-height: 100%; background: transparent; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.backdrop {
  min-height: 100vh;
  display: grid;
  place-items: center;
  padding: 24px;
  background: color-mix(in srgb, var(--theme-backdrop) calc(var(--theme-backdropOpacity) * 100%), transparent);
}
.card {
  width: min(440px, 100%);
  background: var(--theme-bg);
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
.screen-image { display: block; max-width: 100%; max-height: 160px; margin: 0 auto 16px; }
h1 { margin: 0; font-size: 1.375rem; line-height: 1.25; color: var(--theme-textMain); }
h1 .headline2 { color: var(--theme-textMain2); background-image: var(--theme-titleGradients); }
.title-gradient h1 .headline2 {
  -webkit-background-clip: text; background-clip: text; color: transparent;
}
.progress { margin: 4px 0 0; color: var(--theme-textAuxiliary2); font-size: 0.875rem; }
.intro { margin: 12px 0 20px; color: var(--theme-textAuxiliary); }
.intro:empty { display: none; }
.items { margin: 0 0 20px; padding-left: 20px; color: var(--theme-textMain); }
.items li + li { margin-top: 6px; }
.summary { border-top: 1px solid var(--theme-divider); padding: 12px 0; }
.summary h2 { margin: 0 0 6px; font-size: 1rem; color: var(--theme-textSummaryHighlight); }
.summary dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 4px 12px; }
.summary dt { color: var(--theme-textSummary); }
.summary dd { margin: 0; color: var(--theme-textSummaryHighlight); overflow-wrap: anywhere; }
.field { display: grid; gap: 6px; margin-bottom: 16px; }
label { font-weight: 600; }
.required { color: var(--theme-error); }
.caption { margin: 0; color: var(--theme-textAuxiliary); font-size: 0.875rem; }
.hint { margin: 0; color: var(--theme-recoverPinHint); font-size: 0.875rem; }
.hint-tag {
  display: inline-block; padding: 0 8px; border-radius: 999px; font-weight: 600;
  color: var(--theme-recoverPinHintTitle); background: var(--theme-recoverPinHintTitleBg);
}
input, select {
  width: 100%;
  font: inherit;
  color: var(--theme-inputText);
  padding: 10px 12px;
  border: 1px solid var(--line);
  border-radius: 10px;
  background: var(--theme-inputBg);
}
input:disabled { background: var(--theme-inputBgDisabled); }
input::placeholder { color: var(--theme-textPlaceholder); }
input:focus { border-color: var(--theme-inputBorderFocused); }
select { background-color: var(--theme-dropdownBg); }
select:focus { border-color: var(--theme-dropdownBorderIsOpen); }
.custom-dropdown-arrow select {
  appearance: none;
  padding-right: 36px;
  background-image: var(--resource-dropdownArrow);
  background-repeat: no-repeat;
  background-position: right 12px center;
  background-size: 14px;
}
.pin-row { display: flex; gap: 8px; align-items: center; }
.field-pin input {
  font-size: 1.5rem; letter-spacing: 0.5em; text-align: center; font-variant-numeric: tabular-nums;
  background: var(--theme-pinDotBase); border-color: var(--theme-pinDotBaseBorder); color: var(--theme-pinDotActivated);
}
.field-pin input[type='text'] { color: var(--theme-enteredPinText); }
input[aria-invalid='true'] { border-color: var(--theme-inputBorderFocusedError); }
select[aria-invalid='true'] { border-color: var(--theme-dropdownBorderError); }
input:focus-visible, select:focus-visible, button:focus-visible, a:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 2px;
}
.forgot, .learn-more { margin: -4px 0 16px; }
.link { color: var(--theme-textInteractive); font-weight: 600; }
.alert {
  margin: 0 0 16px;
  padding: 10px 12px;
  border-radius: 10px;
  border: 1px solid var(--theme-error);
  background: var(--danger-bg);
  color: var(--theme-error);
}
.alert-icon { width: 16px; height: 16px; vertical-align: -3px; margin-right: 6px; }
.alert .code { font-variant-numeric: tabular-nums; }
.actions {
  display: flex; justify-content: flex-end; gap: 12px; margin-top: 8px; padding-top: 16px;
  border-top: 1px solid var(--theme-divider);
}
button {
  font: inherit;
  font-weight: 600;
  min-width: 104px;
  padding: 10px 18px;
  border-radius: 10px;
  border: 1px solid transparent;
  cursor: pointer;
}
button.primary { background: var(--theme-mainBtnBg); color: var(--theme-mainBtnText); }
button.primary:hover { background: var(--theme-mainBtnBgOnHover); color: var(--theme-mainBtnTextOnHover); }
button.primary:disabled { background: var(--theme-mainBtnBgDisabled); color: var(--theme-mainBtnTextDisabled); }
button.secondary { background: var(--theme-bg); color: var(--theme-secondBtnText); border-color: var(--theme-secondBtnBorder); }
button.secondary:hover {
  background: var(--theme-secondBtnBgOnHover); color: var(--theme-secondBtnTextOnHover);
  border-color: var(--theme-secondBtnBorderOnHover);
}
button.secondary:disabled { color: var(--theme-secondBtnTextDisabled); border-color: var(--theme-secondBtnBorderDisabled); }
button.plain { min-width: 0; padding: 8px 10px; background: var(--theme-plainBtnBg); color: var(--theme-plainBtnText); }
button.plain:hover { background: var(--theme-plainBtnBgOnHover); color: var(--theme-plainBtnTextOnHover); }
button.plain:disabled { color: var(--theme-plainBtnTextDisabled); }
button.busy { opacity: 0.7; cursor: progress; }
.complete h1 { color: var(--theme-success); }
@media (prefers-reduced-motion: no-preference) {
  button { transition: background-color 120ms ease; }
}
`;
