import { gql, type TypedDocumentNode } from '@apollo/client';

/** Kinds of authority, as the schema's CouncilType enum. */
export type CouncilType =
  | 'DISTRICT'
  | 'UNITARY'
  | 'METROPOLITAN_BOROUGH'
  | 'LONDON_BOROUGH'
  | 'CITY_OF_LONDON'
  | 'COUNTY'
  | 'NATIONAL_PARK_AUTHORITY'
  | 'DEVELOPMENT_CORPORATION';

/** One council as the council picker needs it. */
export type GetCouncilsCouncil = {
  /** The id a user's councilId refers to. */
  id: string;
  gssCode: string;
  name: string;
  type: CouncilType;
};

/** Result of GetCouncils. */
export type GetCouncilsQuery = { councils: GetCouncilsCouncil[] };

/** GetCouncils takes no variables. */
export type GetCouncilsQueryVariables = Record<string, never>;

/** Every English authority (the API's page size of 500 holds them all), for the council picker and to find a user's own council. */
export const GET_COUNCILS: TypedDocumentNode<GetCouncilsQuery, GetCouncilsQueryVariables> = gql`
  query GetCouncils {
    councils(take: 500) {
      id
      gssCode
      name
      type
    }
  }
`;
