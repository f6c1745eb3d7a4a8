/** What inline text is cut into before emphasis is paired. */
export type Token = { kind: 'text'; from: number; to: number } | CodeToken | Delimiter;

export interface CodeToken {
  kind: 'code';
  from: number;
  to: number;
  value: string;
}

export interface Delimiter {
  kind: 'delimiter';
  from: number;
  to: number;
  canOpen: boolean;
  canClose: boolean;
  /** Index of the token this one pairs with, once paired. */
  partner: number;
}
