import { graphql } from '../../gql/index.ts';

/** What the queue page shows of a queue: a generation, a move, a pin and a live update all carry it whole. */
export const QueueFields = graphql(`
  fragment QueueFields on Queue {
    id
    status
    generatedAt
    trigger
    generatedBy { id displayName }
    options { includeCarryOver }
    items {
      position
      discipline
      points
      reason
      pinned
      issue { id key summary url assigneeName storyPoints }
    }
    utilisation { discipline capacityPoints plannedPoints }
    leftOut { reason issue { id key summary url storyPoints } }
    conflicts { kind message issues { id key summary url } }
    acceptedAt
    acceptedBy { id displayName }
    outdatedAt
    cause { kind user { id displayName } sprint { id name } }
  }
`);

/** The board with its sprints (the picker), and the chosen sprint's queue. */
export const QueuePageQuery = graphql(`
  query QueuePage($boardId: ID!) {
    board(id: $boardId) {
      id
      name
      team { id name }
      sprints { id name state startDate endDate }
    }
  }
`);

export const SprintQueueQuery = graphql(`
  query SprintQueue($sprintId: ID!) {
    sprint(id: $sprintId) {
      id
      name
      queue { ...QueueFields }
    }
  }
`);

// Each answer names its sprint's queue too, so a first generation links Sprint.queue in the cache.
export const GenerateQueueMutation = graphql(`
  mutation GenerateQueue($sprintId: ID!, $options: QueueOptionsInput, $idempotencyKey: String) {
    generateQueue(sprintId: $sprintId, options: $options, idempotencyKey: $idempotencyKey) {
      ...QueueFields
      sprint { id queue { id } }
    }
  }
`);

export const MoveQueueItemMutation = graphql(`
  mutation MoveQueueItem($queueId: ID!, $issueId: ID!, $position: Int!) {
    moveQueueItem(queueId: $queueId, issueId: $issueId, position: $position) { ...QueueFields }
  }
`);

export const PinQueueItemMutation = graphql(`
  mutation PinQueueItem($queueId: ID!, $issueId: ID!, $position: Int) {
    pinQueueItem(queueId: $queueId, issueId: $issueId, position: $position) { ...QueueFields }
  }
`);

export const UnpinQueueItemMutation = graphql(`
  mutation UnpinQueueItem($queueId: ID!, $issueId: ID!) {
    unpinQueueItem(queueId: $queueId, issueId: $issueId) { ...QueueFields }
  }
`);

export const AcceptQueueMutation = graphql(`
  mutation AcceptQueue($queueId: ID!) {
    acceptQueue(queueId: $queueId) { ...QueueFields }
  }
`);

export const QueueUpdatedSubscription = graphql(`
  subscription LiveQueueUpdated($sprintId: ID!) {
    queueUpdated(sprintId: $sprintId) {
      at
      sprint { id queue { id } }
      queue { ...QueueFields }
    }
  }
`);
