// IngenAMiste on Azure, in one resource group: `azd up --cwd infra` (see README.md next to this file).
// Stage 1 (this file, `azd provision`): everything but the Event Grid subscription.
// Stage 2 (hooks/postdeploy.sh after `azd deploy`): modules/blob-event-subscription.bicep.
targetScope = 'subscription'

metadata description = 'IngenAMiste: Flex Consumption function app, Entra ID-only storage, Key Vault, monitoring and alerting.'

@minLength(1)
@maxLength(64)
@description('azd environment name; also seeds the resource names.')
param environmentName string

@minLength(1)
@description('Azure region for every resource. Must offer Flex Consumption: az functionapp list-flexconsumption-locations.')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Resource group name. Empty: rg-ENVIRONMENT.')
param resourceGroupName string = ''

@description('Entra ID object ID allowed to upload reports (Storage Blob Data Contributor on the reports container). azd passes the signed-in user (AZURE_PRINCIPAL_ID). Empty: nobody.')
param uploaderPrincipalId string = ''

@description('Type of uploaderPrincipalId.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param uploaderPrincipalType string = 'User'

@description('Storage replication.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSkuName string = 'Standard_LRS'

@description('Days a deleted or overwritten report (and a deleted container) can be restored.')
@minValue(1)
@maxValue(365)
param softDeleteRetentionDays int = 30

@description('Most instances the function app may scale out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory of each function app instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Origins allowed to call the HTTP API from a browser (CORS). Empty: none.')
param corsAllowedOrigins array = []

@description('Address that receives ingestion-failure alerts. Empty: the alert only shows in the portal.')
param alertEmailAddress string = ''

@description('SMTP server host name. Empty: no summary e-mail.')
param smtpHost string = ''

@description('SMTP port.')
@minValue(1)
@maxValue(65535)
param smtpPort int = 587

@description('Upgrade the SMTP connection with STARTTLS.')
param smtpUseStartTls bool = true

@description('Sender address of the summary e-mail.')
param smtpFrom string = ''

@description('SMTP user name, stored as a Key Vault secret (azd env set SMTP_USERNAME ...). Empty: not written.')
@secure()
param smtpUsername string = ''

@description('SMTP password, stored as a Key Vault secret (azd env set SMTP_PASSWORD ...). Empty: not written.')
@secure()
param smtpPassword string = ''

@description('NCRONTAB schedule (UTC) of the summary e-mail. Empty: 0 0 7 * * 1 (Mondays at 07:00 UTC).')
param summarySchedule string = ''

@description('Recipients of the summary e-mail, separated by commas or semicolons.')
param summaryRecipients string = ''

@description('Dashboard link in the summary e-mail. Empty: the function app\'s /api/dashboard.')
param summaryDashboardUrl string = ''

@description('Send the summary even when nothing changed.')
param summarySendWhenUnchanged bool = false

@description('Largest report accepted, in bytes.')
@minValue(1)
param ingestMaxBytes int = 52428800

@description('Most pages a report may have.')
@minValue(1)
@maxValue(100000)
param ingestMaxPages int = 2000

@description('How long reading one report may take (hh:mm:ss).')
param ingestTimeout string = '00:02:00'

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
  application: 'IngenAMiste'
}
var functionAppName = 'func-${resourceToken}'
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}-${take(resourceToken, 7)}'
var smtpUsernameSecretName = 'smtp-username'
var smtpPasswordSecretName = 'smtp-password'

resource rg 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: !empty(resourceGroupName) ? resourceGroupName : 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: 'id-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: 'st${resourceToken}'
    location: location
    tags: tags
    skuName: storageSkuName
    deploymentContainerName: deploymentContainerName
    softDeleteRetentionDays: softDeleteRetentionDays
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  scope: rg
  params: {
    name: 'kv-${resourceToken}'
    location: location
    tags: tags
    smtpUsername: smtpUsername
    smtpPassword: smtpPassword
    smtpUsernameSecretName: smtpUsernameSecretName
    smtpPasswordSecretName: smtpPasswordSecretName
  }
}

module rbac 'modules/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    principalId: identity.outputs.principalId
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    keyVaultName: keyVault.outputs.name
    uploaderPrincipalId: uploaderPrincipalId
    uploaderPrincipalType: uploaderPrincipalType
  }
}

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  scope: rg
  params: {
    name: functionAppName
    planName: 'plan-${resourceToken}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerName: storage.outputs.deploymentContainerName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    keyVaultUri: keyVault.outputs.uri
    smtpUsernameSecretName: smtpUsernameSecretName
    smtpPasswordSecretName: smtpPasswordSecretName
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    corsAllowedOrigins: corsAllowedOrigins
    smtpHost: smtpHost
    smtpPort: smtpPort
    smtpUseStartTls: smtpUseStartTls
    smtpFrom: smtpFrom
    summarySchedule: empty(summarySchedule) ? '0 0 7 * * 1' : summarySchedule
    summaryRecipients: summaryRecipients
    summaryDashboardUrl: summaryDashboardUrl
    summarySendWhenUnchanged: summarySendWhenUnchanged
    ingestMaxBytes: ingestMaxBytes
    ingestMaxPages: ingestMaxPages
    ingestTimeout: ingestTimeout
  }
  // The host starts with its identity's roles (storage, telemetry, Key Vault) already granted.
  dependsOn: [
    rbac
  ]
}

module eventGridTopic 'modules/eventgrid-topic.bicep' = {
  name: 'eventgrid-topic'
  scope: rg
  params: {
    name: 'evgt-${resourceToken}'
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
  }
}

module alerts 'modules/alerts.bicep' = {
  name: 'alerts'
  scope: rg
  params: {
    actionGroupName: 'ag-${resourceToken}'
    alertRuleName: 'alert-ingest-failures-${resourceToken}'
    location: location
    tags: tags
    applicationInsightsId: monitoring.outputs.applicationInsightsId
    alertEmailAddress: alertEmailAddress
  }
}

// azd writes these into .azure/ENV/.env; hooks and `azd env get-values` read them. Names and endpoints only.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_URL string = functionApp.outputs.url
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output AZURE_STORAGE_QUEUE_ENDPOINT string = storage.outputs.queueEndpoint
output AZURE_STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint
output AZURE_STORAGE_REPORTS_CONTAINER string = storage.outputs.reportsContainerName
output AZURE_EVENTGRID_SYSTEM_TOPIC_NAME string = eventGridTopic.outputs.name
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_ENDPOINT string = keyVault.outputs.uri
output AZURE_USER_ASSIGNED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
