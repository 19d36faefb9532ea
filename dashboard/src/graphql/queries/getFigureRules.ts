import { gql, type TypedDocumentNode } from '@apollo/client';

import type { GetFigureRulesQuery, GetFigureRulesQueryVariables } from '../generated/graphql';

/** The rules in force for computing and protecting anonymised figures: the numbers the "How the figures work" page states. */
export const GET_FIGURE_RULES: TypedDocumentNode<GetFigureRulesQuery, GetFigureRulesQueryVariables> = gql`
  query GetFigureRules {
    figureRules {
      minOtherCouncils
      disclosureFloor
      withheldSymbol
      contributorBands
      madSimilar
      madSlightly
      madPlain
      preciseFiguresFrom
      smallGroupRounding
      maxWindowRounds
    }
  }
`;
