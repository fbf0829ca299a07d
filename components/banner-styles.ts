/**
 * Banner styles, inlined into its shadow root so they apply at document start
 * without a fetch. Pixel units throughout: `rem` would follow the page's root
 * font size. Colours meet WCAG 2.1 AA on white (checked with axe-core in e2e).
 */
export const bannerStyles = `
:host {
  all: initial;
  position: fixed;
  inset: 0 0 auto 0;
  z-index: 2147483647;
  display: block;
}
/* Acknowledge and reason mode: the page stays covered until the user confirms. */
:host([data-covering]) {
  inset: 0;
  background: rgba(32, 32, 32, 0.82);
  overflow: auto;
}
:host([data-covering]) .lp {
  max-width: 880px;
  max-height: none;
  margin: 24px auto;
  border: 2px solid #5c5c5c;
  border-left-width: 8px;
}
.lp {
  box-sizing: border-box;
  max-height: 60vh;
  overflow: auto;
  margin: 0;
  padding: 12px 16px;
  background: #ffffff;
  color: #1b1b1b;
  border-bottom: 2px solid #5c5c5c;
  border-left: 8px solid #a4262c;
  box-shadow: 0 2px 10px rgba(0, 0, 0, 0.25);
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  text-align: left;
}
.lp--inform { border-left-color: #0b5cad; }
.lp[style*="--lp-org-colour"] { border-left-color: var(--lp-org-colour); }
.lp--demo { outline: 4px dashed #6b2c91; outline-offset: -4px; }
.lp-org-message { margin-top: 6px; font-weight: 600; }
.lp-help, .lp-confirm { flex: 1 1 100%; }
.lp-help ul { padding-left: 20px; }
.lp-approval { margin-top: 4px; }
.lp-confirm { display: flex; flex-direction: column; gap: 6px; margin-top: 12px; max-width: 640px; }
.lp-confirm textarea { font: inherit; padding: 6px 8px; border: 2px solid #6b6b6b; border-radius: 4px; min-height: 72px; }
.lp-confirm .lp-button { align-self: flex-start; }
.lp-error { color: #a4262c; font-weight: 600; }
.lp-error:empty { display: none; }
.lp--caution, .lp--case-by-case { border-left-color: #8a5300; }
.lp *, .lp *::before, .lp *::after { box-sizing: border-box; }
.lp p, .lp ul, .lp dl, .lp blockquote, .lp h2, .lp h3 { margin: 0; }
.lp-eyebrow { font-size: 13px; color: #4a4a4a; }
.lp-title { font-size: 18px; line-height: 1.3; font-weight: 700; margin-top: 2px; }
.lp-status { color: #a4262c; }
.lp--inform .lp-status { color: #0b5cad; }
.lp--caution .lp-status, .lp--case-by-case .lp-status { color: #7a4a00; }
.lp-summary { margin-top: 4px; }
/* The verdict changed since the user's last decision here (issue 12). */
.lp-changed { margin-top: 6px; padding: 6px 8px; background: #fff4ce; border-left: 4px solid #8a5a00; border-radius: 4px; font-size: 14px; }
.lp-changed-heading { margin: 0; font-weight: 600; }
.lp-changed ul { margin: 2px 0 0; padding-left: 20px; }
.lp-fallback { margin-top: 6px; padding: 6px 8px; background: #f3f2f1; border-radius: 4px; font-size: 14px; }
.lp-body { display: flex; flex-wrap: wrap; gap: 8px 24px; margin-top: 10px; }
.lp-fold { display: block; }
.lp-fold > summary { cursor: pointer; font-weight: 600; }
.lp-why, .lp-alternatives { flex: 1 1 280px; min-width: 0; }
.lp h3 { font-size: 15px; font-weight: 700; margin-bottom: 4px; }
.lp ul { padding-left: 20px; }
.lp li + li { margin-top: 6px; }
.lp-basis { font-size: 14px; color: #3b3b3b; }
.lp-source { margin-top: 2px; font-size: 14px; }
.lp-source > summary { cursor: pointer; color: #0b4f8a; text-decoration: underline; }
.lp-facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 8px; margin: 6px 0; }
.lp-facts dt { font-weight: 600; }
.lp-facts dd { margin: 0; overflow-wrap: anywhere; }
.lp blockquote { margin: 4px 0; padding: 4px 10px; border-left: 3px solid #8c8c8c; font-style: italic; background: #f7f7f7; }
.lp-note { color: #3b3b3b; font-size: 14px; }
.lp-later { margin-top: 4px; padding: 4px 8px; background: #fff4ce; border-radius: 4px; }
.lp-later-title { font-weight: 600; }
.lp a { color: #0b4f8a; text-decoration: underline; overflow-wrap: anywhere; }
.lp-actions {
  display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; margin: 12px -16px -12px; padding: 8px 16px;
  /* The actions stay in view while the rationale scrolls. */
  position: sticky; bottom: -12px; background: #ffffff; border-top: 1px solid #c8c8c8;
}
.lp-button {
  font: inherit; font-weight: 600; cursor: pointer;
  min-height: 36px; padding: 6px 14px; border-radius: 4px;
  border: 2px solid #0b4f8a; background: #ffffff; color: #0b4f8a;
}
.lp-button--primary { background: #0b4f8a; color: #ffffff; }
.lp-stand { font-size: 13px; color: #4a4a4a; flex: 1 1 200px; }
.lp :focus-visible { outline: 3px solid #1b1b1b; outline-offset: 2px; box-shadow: 0 0 0 5px #ffdd00; }
@media (max-width: 480px) {
  .lp { padding: 10px 12px; border-left-width: 6px; max-height: 75vh; }
  .lp-actions { margin: 12px -12px -10px; padding: 8px 12px; bottom: -10px; gap: 6px 8px; }
  .lp-button { padding: 6px 10px; }
  .lp-stand { flex-basis: 100%; font-size: 12px; }
  .lp-title { font-size: 16px; }
}
@media print { :host { position: static; } }
`;
