// Tells a person when reports fail to ingest: a log search alert on failed IngestReport invocations (each failed
// attempt; after 5 the blob trigger moves the blob to the poison queue), e-mailed through an action group.
metadata description = 'Action group (e-mail) and log search alert on failed IngestReport invocations.'

@description('Action group name.')
param actionGroupName string

@description('Alert rule name.')
param alertRuleName string

@description('Azure region of the alert rule (the Application Insights region).')
param location string

@description('Tags applied to both resources.')
param tags object

@description('Application Insights component the query runs against.')
param applicationInsightsId string

@description('Address that receives the alert. Empty: no action group; the alert still shows in the portal.')
param alertEmailAddress string = ''

@description('How often the query runs (ISO 8601). PT15M is the cheapest useful frequency.')
@allowed([
  'PT5M'
  'PT10M'
  'PT15M'
  'PT30M'
  'PT1H'
])
param evaluationFrequency string = 'PT15M'

var notify = !empty(alertEmailAddress)

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = if (notify) {
  name: actionGroupName
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'IngenAMiste'
    enabled: true
    emailReceivers: [
      {
        name: 'ingestion-failures'
        emailAddress: alertEmailAddress
        useCommonAlertSchema: true
      }
    ]
  }
}

resource ingestFailures 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = {
  name: alertRuleName
  location: location
  tags: tags
  kind: 'LogAlert'
  properties: {
    displayName: 'IngenAMiste: report ingestion failed'
    description: 'An IngestReport invocation failed. After 5 failed attempts the blob is moved to the webjobs-blobtrigger-poison queue; see the README (re-process a poison blob).'
    severity: 2
    enabled: true
    scopes: [
      applicationInsightsId
    ]
    evaluationFrequency: evaluationFrequency
    windowSize: evaluationFrequency
    criteria: {
      allOf: [
        {
          query: 'requests\n| where operation_Name == "IngestReport" and success == false\n| project timestamp, operation_Id, resultCode, customDimensions'
          timeAggregation: 'Count'
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    autoMitigate: false
    muteActionsDuration: 'PT1H'
    actions: {
      actionGroups: notify ? [actionGroup.id] : []
    }
  }
}

output alertRuleId string = ingestFailures.id
output actionGroupId string = notify ? actionGroup.id : ''
