import { peerGroupName } from '../../format/peer-group-words';
import type { PeerGroupSummaryFragment } from '../../graphql/generated/graphql';

/** Props of GroupNotShown. */
export type GroupNotShownProps = {
  /** The key of the group asked for (from the URL or a choice). */
  groupKey: string;
  /** Every fixed peer group, to name it. */
  allGroups: PeerGroupSummaryFragment[];
};

/**
 * Said where a group was asked for but its figures did not come back: rather than an empty space,
 * or another group's figures standing in for it, the page says which group cannot be shown and
 * what to do instead.
 */
export function GroupNotShown({ groupKey, allGroups }: GroupNotShownProps) {
  const group = allGroups.find((g) => g.key === groupKey);
  const name = group ? peerGroupName(group) : `The peer group "${groupKey}"`;
  return (
    <div className="govuk-inset-text">
      <p className="govuk-body govuk-!-font-weight-bold">{name}: figures cannot be shown for this choice.</p>
      <p className="govuk-body govuk-!-margin-bottom-0">
        {group?.alwaysWithheld
          ? 'It has too few councils for any figure to be shown without identifying one. Choose another group above.'
          : 'Too few councils in it can be counted for this round, or it is too close to another group to show both. Choose another group above.'}
      </p>
    </div>
  );
}
