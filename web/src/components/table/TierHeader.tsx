import { humanize, TIERS } from '../../lib/domain';

export interface TierHeaderProps {
  /** What the rows are (the first column's heading). */
  rows: string;
  /** Keep that heading for assistive technology only (the rows say it themselves). */
  hideRows?: boolean;
}

/** The head of a table with a column per tier, global to local, after the rows' own column. */
export function TierHeader({ rows, hideRows = false }: TierHeaderProps) {
  return (
    <thead>
      <tr>
        <th scope="col">{hideRows ? <span className="visually-hidden">{rows}</span> : rows}</th>
        {TIERS.map((tier) => (
          <th key={tier} scope="col">
            {humanize(tier)}
          </th>
        ))}
      </tr>
    </thead>
  );
}
