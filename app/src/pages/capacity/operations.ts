/** The capacity and team pages' documents: what they read, change and follow live. */
import { graphql } from '../../gql/index.ts';

/** A team's capacity settings as the forms show them: its defaults, and each sprint's overrides. */
export const CapacitySettingFields = graphql(`
  fragment CapacitySettingFields on CapacitySetting {
    id
    sprint { id }
    focusFactor defaultPointsPerDay historySprints hoursPerDay
    holidays { date name }
  }
`);

/** One sprint's capacity, whole: the page shows every figure of it. */
export const SprintCapacityFields = graphql(`
  fragment SprintCapacityFields on Sprint {
    id
    name
    state
    startDate
    endDate
    capacity {
      workingDays
      holidays { date name }
      focusFactor adjustment hoursPerDay
      totalDays totalHours totalPoints committedPoints utilisation
      history { id name }
      historyAverageCompletedPoints historyUnstaffedCompletedPoints
      byDiscipline {
        discipline members availableDays hours pointsPerDay pointsPerDaySource historySprints factor points
        historyAverageCompletedPoints committedPoints utilisation
      }
      members { user { id displayName } discipline allocationPercent daysOff availableDays hours points }
    }
  }
`);

export const CapacityBoardQuery = graphql(`
  query CapacityBoard($boardId: ID!) {
    board(id: $boardId) {
      id
      name
      team { id name capacitySettings { ...CapacitySettingFields } }
      sprints { id name state startDate endDate }
    }
  }
`);

export const SprintCapacityQuery = graphql(`
  query SprintCapacity($sprintId: ID!) {
    sprint(id: $sprintId) { ...SprintCapacityFields }
  }
`);

// Each change answers the sprint's new figures (or the team's settings), so the page shows the API's own numbers.
export const SetMemberAvailability = graphql(`
  mutation SetMemberAvailability($sprintId: ID!, $userId: ID!, $daysOff: Float!) {
    setMemberAvailability(sprintId: $sprintId, userId: $userId, daysOff: $daysOff) {
      ...CapacitySettingFields
      sprint { ...SprintCapacityFields }
    }
  }
`);

export const SetSprintCapacity = graphql(`
  mutation SetSprintCapacity($sprintId: ID!, $input: SprintCapacityInput!) {
    setSprintCapacity(sprintId: $sprintId, input: $input) {
      ...CapacitySettingFields
      team { id capacitySettings { ...CapacitySettingFields } }
      sprint { ...SprintCapacityFields }
    }
  }
`);

export const SetTeamCapacity = graphql(`
  mutation SetTeamCapacity($teamId: ID!, $input: TeamCapacityInput!) {
    setTeamCapacity(teamId: $teamId, input: $input) {
      ...CapacitySettingFields
      team { id capacitySettings { ...CapacitySettingFields } }
    }
  }
`);

/**
 * Anyone's change to the team's capacity. A sprint's change carries that sprint's figures and the
 * team's settings (the cache merges them); a team-wide one (sprint null) changes every sprint, so
 * the page reads its sprint again.
 */
export const CapacityUpdated = graphql(`
  subscription CapacityUpdated($teamId: ID!) {
    capacityUpdated(teamId: $teamId) {
      at
      team { id capacitySettings { ...CapacitySettingFields } }
      sprint { ...SprintCapacityFields }
    }
  }
`);

export const TeamPageQuery = graphql(`
  query TeamPage($teamId: ID!) {
    team(id: $teamId) {
      id
      name
      members { user { id displayName email } discipline role allocationPercent }
      boards { id name }
    }
    tenant { id disciplines }
  }
`);

/** The people an admin may add: only admins are shown the form that needs them. */
export const TenantUsersQuery = graphql(`
  query TenantUsers { users { id displayName email disabled } }
`);

export const TeamMembersFields = graphql(`
  fragment TeamMembersFields on Team { id members { user { id displayName email } discipline role allocationPercent } }
`);

export const AddTeamMember = graphql(`
  mutation AddTeamMember($teamId: ID!, $userId: ID!, $role: TeamRole!, $discipline: String!, $allocationPercent: Int!) {
    addTeamMember(teamId: $teamId, userId: $userId, role: $role, discipline: $discipline, allocationPercent: $allocationPercent) { ...TeamMembersFields }
  }
`);

export const UpdateTeamMember = graphql(`
  mutation UpdateTeamMember($teamId: ID!, $userId: ID!, $input: UpdateTeamMemberInput!) {
    updateTeamMember(teamId: $teamId, userId: $userId, input: $input) { ...TeamMembersFields }
  }
`);

export const RemoveTeamMember = graphql(`
  mutation RemoveTeamMember($teamId: ID!, $userId: ID!) {
    removeTeamMember(teamId: $teamId, userId: $userId)
  }
`);

export const SetDisciplines = graphql(`
  mutation SetDisciplines($names: [String!]!) { setDisciplines(names: $names) }
`);

/** The team's members changed (anyone's addTeamMember, updateTeamMember, removeTeamMember): the page reads them again. */
export const TeamCapacityUpdated = graphql(`
  subscription TeamCapacityUpdated($teamId: ID!) {
    capacityUpdated(teamId: $teamId) { at sprint { id } }
  }
`);

export const TeamsQuery = graphql(`
  query Teams { teams { id name members { user { id } } boards { id name } } }
`);

/** Admins make a team (then add its members on its page, and give it boards in their settings). */
export const CreateTeam = graphql(`
  mutation CreateTeam($name: String!, $idempotencyKey: String) {
    createTeam(name: $name, idempotencyKey: $idempotencyKey) { id name members { user { id } } boards { id name } }
  }
`);
