// Event `liveCase:circleWindowRefused`: Circle's window tried to go to a page that is not Circle's hosted PIN page.
// Main refused the navigation, listed it in Settings → Diagnostics, and Circle's window is closed; this tells the
// agent's window, wherever Circle's window ran.

/** Where Circle's window ran: the agent's own window, or the customer screen. */
export type CircleWindowPlace = 'agent-window' | 'customer-screen';

export interface CircleWindowRefused {
  shownOn: CircleWindowPlace;
  /**
   * The case the customer screen showed (main has recorded its window as closed, and taken the window away); null in
   * the agent's own window, which knows its case and closes Circle's window itself.
   */
  caseId: string | null;
  /** Where it tried to go, for the agent to read: a host (`evil.example`), or a kind of page (`a data: page`). */
  destination: string;
}
