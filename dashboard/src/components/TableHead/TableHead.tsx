import type { ReactNode } from 'react';

import { classNames } from '../class-names';

/** One column heading: its words, or how it is shown. */
export type TableHeadColumn =
  | ReactNode
  | {
      text: ReactNode;
      /** Read to screen readers only, for a column of links or buttons ("Action"). */
      hidden?: boolean;
      /** Right-aligned, for counts. */
      numeric?: boolean;
      /** Left out of print, with the controls the column holds. */
      noPrint?: boolean;
      /** Further classes, such as a GOV.UK width override. */
      className?: string;
    };

/** Props of TableHead. */
export type TableHeadProps = {
  /** The headings in order; null or false leaves a column out. */
  columns: (TableHeadColumn | null | false)[];
};

const isStyled = (column: TableHeadColumn): column is Exclude<TableHeadColumn, ReactNode> & object =>
  typeof column === 'object' && column !== null && 'text' in column;

/** A GOV.UK table's head row of column headings. */
export function TableHead({ columns }: TableHeadProps) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {columns.map((column, index) => {
          if (column === null || column === false) return null;
          const styled = isStyled(column) ? column : { text: column };
          return (
            <th
              key={index}
              scope="col"
              className={classNames(
                'govuk-table__header',
                styled.numeric && 'govuk-table__header--numeric',
                styled.noPrint && 'app-no-print',
                styled.className,
              )}
            >
              {styled.hidden ? <span className="govuk-visually-hidden">{styled.text}</span> : styled.text}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
