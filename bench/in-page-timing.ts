// Timed inside the page, from the click on a start button to the web SDK showing Circle's window, so a figure is what
// the agent sees, not Playwright's own click and polling latency. A string, so no transpiler helper leaks into the
// page. Evaluate it before the click; it resolves with the milliseconds once the window is on screen, and rejects
// (leaving no observer or listener behind) if it is not on screen within `withinMs`.
export function timeStartToWindowShown(buttonLabel: string, withinMs = 20_000): string {
  return `new Promise((resolve, reject) => {
  let startedAt = 0;
  const stop = () => {
    observer.disconnect();
    document.removeEventListener('click', onClick, { capture: true });
    clearTimeout(timer);
  };
  const timer = setTimeout(() => {
    stop();
    reject(new Error('Circle\\'s window was not on screen ${withinMs} ms after the click on ${buttonLabel}'));
  }, ${withinMs});
  const onClick = (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (button && button.textContent.trim() === ${JSON.stringify(buttonLabel)}) startedAt = performance.now();
  };
  document.addEventListener('click', onClick, { capture: true });
  const observer = new MutationObserver(() => {
    const frame = document.getElementById('sdkIframe');
    if (startedAt && frame && frame.style.display !== 'none' && frame.width === '100%') {
      stop();
      resolve(performance.now() - startedAt);
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true });
})`;
}

// From Circle's window reporting the customer done (the web SDK takes its frame off the page in the task that calls
// back) to the case's status region reading `status`. Evaluate it while the window is up, before the last step.
export function timeWindowDoneToStatus(status: string, withinMs = 20_000): string {
  return `new Promise((resolve, reject) => {
  let doneAt = 0;
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  const timer = setTimeout(() => {
    stop();
    reject(new Error('The case did not read ${status} ${withinMs} ms after Circle\\'s window went'));
  }, ${withinMs});
  const observer = new MutationObserver(() => {
    if (!doneAt && !document.getElementById('sdkIframe')) doneAt = performance.now();
    const region = document.querySelector('[role="status"][aria-label="Case status"]');
    if (doneAt && region && region.getAttribute('data-status') === ${JSON.stringify(status)}) {
      stop();
      resolve(performance.now() - doneAt);
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-status'] });
})`;
}
