import { graphql } from '../../gql/index.ts';

export const BoardSettingsQuery = graphql(`
  query BoardSettings($id: ID!) {
    board(id: $id) {
      id
      name
      estimationField
      team { id name }
      settings {
        estimationStatistic
        estimationStatisticOverridden
        subtaskPolicy
        cancelledResolutions
        disciplineRules { discipline components labels issueTypes }
        timeZone
      }
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
      settings {
        estimationStatistic
        estimationStatisticOverridden
        subtaskPolicy
        cancelledResolutions
        disciplineRules { discipline components labels issueTypes }
        timeZone
      }
    }
  }
`);

export const SetBoardTeamMutation = graphql(`
  mutation SetBoardTeam($boardId: ID!, $teamId: ID) {
    setBoardTeam(boardId: $boardId, teamId: $teamId) { id team { id name } }
  }
`);
