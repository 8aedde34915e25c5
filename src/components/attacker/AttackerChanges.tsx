/**
 * What a plan or a comparison takes away from each attacker position, as positionChanges says it
 * ("nothing left for a compromised pod; someone in the node network keeps 3 paths").
 */
export function AttackerChanges({ lead, text }: { readonly lead: string; readonly text: string }) {
  return (
    <p className="attacker-changes" data-testid="attacker-changes">
      <strong>{lead}</strong> {text}.
    </p>
  );
}
