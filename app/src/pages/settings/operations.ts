import { graphql } from '../../gql/index.ts';

// What the page shows and edits of a board's settings: read and saved with the same fields.
export const BoardSettingsFields = graphql(`
  fragment BoardSettingsFields on BoardSettings {
    estimationStatistic
    estimationStatisticOverridden
    subtaskPolicy
    cancelledResolutions
    disciplineRules { discipline components labels issueTypes }
    timeZone
  }
`);

export const BoardSettingsQuery = graphql(`
  query BoardSettings($id: ID!) {
    board(id: $id) {
      id
      name
      estimationField
      team { id name }
      settings { ...BoardSettingsFields }
      sprints { id name state completeDate }
    }
    tenant { id disciplines }
  }
`);

export const TeamsQuery = graphql(`
  query BoardSettingsTeams { teams { id name } }
`);

export const SettingsPreviewQuery = graphql(`
  query BoardSettingsPreview($boardId: ID!, $settings: BoardSettingsInput!, $sprintId: ID) {
    boardSettingsPreview(boardId: $boardId, settings: $settings, sprintId: $sprintId) {
      sprint { id name }
      current { ...PreviewFigures }
      preview { ...PreviewFigures }
    }
  }
  fragment PreviewFigures on SprintAnalysis {
    statistic committedPoints completedPoints notCompletedPoints addedPoints removedPoints cancelledPoints sayDoRatio
  }
`);

export const UpdateBoardSettingsMutation = graphql(`
  mutation UpdateBoardSettings($boardId: ID!, $settings: BoardSettingsInput!) {
    updateBoardSettings(boardId: $boardId, settings: $settings) {
      id
      settings { ...BoardSettingsFields }
    }
  }
`);

export const SetBoardTeamMutation = graphql(`
  mutation SetBoardTeam($boardId: ID!, $teamId: ID) {
    setBoardTeam(boardId: $boardId, teamId: $teamId) { id team { id name } }
  }
`);
