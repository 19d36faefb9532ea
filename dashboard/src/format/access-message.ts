/** The parts of the signed-in user and of a council that the message depends on. */
type ViewerForMessage = { role: string; councilId: string | null };
type CouncilForMessage = { id: string; gssCode: string; name: string };

/**
 * What to say when the API refuses a council's results: which council, and what the person can do
 * about it, in terms of why they cannot see it (council users see their own council; PAS sees
 * councils that share with PAS).
 */
export function accessMessage(viewer: ViewerForMessage, councilCode: string, councils: CouncilForMessage[], apiMessage: string): string {
  const council = councils.find((c) => c.gssCode === councilCode);
  if (!council) return apiMessage;
  const own = viewer.councilId ? councils.find((c) => c.id === viewer.councilId) : undefined;
  switch (viewer.role) {
    case 'COUNCIL_LEAD':
    case 'COUNCIL_MEMBER':
      return own
        ? `You do not have access to ${council.name}'s results. You can only see your own council's results: choose ${own.name}.`
        : `You do not have access to ${council.name}'s results. You can only see your own council's results.`;
    case 'PAS_ANALYST':
      return `You do not have access to ${council.name}'s results. ${council.name} does not share its results with the Planning Advisory Service.`;
    default:
      return `You do not have access to ${council.name}'s results.`;
  }
}
