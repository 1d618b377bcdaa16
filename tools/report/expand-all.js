// Injected only into the copy of the report that CI checks (Reqnroll's html report, the Cucumber html-formatter
// React app): opens every collapsed feature (a passing feature starts collapsed), reveals every scenario's passed
// hooks (hidden behind an "N hooks" button; the plots and failure evidence are attached to after-scenario hooks)
// and opens every collapsed attachment, so the check sees every name and attachment as rendered.
const expand = () => {
  for (const trigger of document.querySelectorAll('button[aria-expanded="false"]')) {
    trigger.click();
  }
  for (const button of document.querySelectorAll('button')) {
    if (/^\s*\d+ hooks?\s*$/.test(button.textContent)) {
      button.click();
    }
  }
  for (const details of document.querySelectorAll('details:not([open])')) {
    details.open = true;
  }
};
new MutationObserver(expand).observe(document.documentElement, { childList: true, subtree: true });
