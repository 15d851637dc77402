import type { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Page } from '@hocso/server-core';
import { SizedByParent } from '../graphql/list-size';
import { PageInfo } from './page-info.model';

/** A Relay-style connection of nodes: what every paginated list of the API answers. */
export interface Connection<Node> {
  edges: Array<{ cursor: string; node: Node }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/** The GraphQL types `<Name>Edge` and `<Name>Connection` of a node type. */
export function ConnectionType<Node>(nodeType: Type<Node>, name: string): Type<Connection<Node>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => nodeType)
    node: Node;
  }

  @ObjectType(`${name}Connection`)
  class NodeConnection implements Connection<Node> {
    @SizedByParent()
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }

  return NodeConnection;
}

/** The connection of a page, each item mapped to its node. */
export function connectionOf<Item, Node>(page: Page<Item>, toNode: (item: Item) => Node): Connection<Node> {
  return {
    edges: page.items.map((item, index) => ({ cursor: page.cursors[index], node: toNode(item) })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
    totalCount: page.totalCount,
  };
}
