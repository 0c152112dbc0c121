import { customerWords } from './customer-words';
import { useCustomerWindow } from './use-customer-window';

/**
 * The customer's own screen: the organisation's greeting and what is happening in plain words, large and high in
 * contrast for someone standing at a counter. Circle's window, when a case runs, is the web SDK's frame over it.
 */
export function CustomerScreen() {
  const { view, pinWindow, problem } = useCustomerWindow();
  const words = problem
    ? { headline: 'Something went wrong on this screen.', detail: 'Your agent will help you.' }
    : customerWords(view, pinWindow);
  return (
    <div className="customer-screen" data-view={view.kind}>
      <header className="customer-greeting">
        <h1>{view.greeting}</h1>
      </header>
      <main className="customer-status">
        <p role="status" className="customer-headline">
          {words.headline}
        </p>
        {words.detail && <p className="customer-detail">{words.detail}</p>}
      </main>
    </div>
  );
}
