// Every permission the function app's identity has, and nothing more. Role definition IDs are Azure built-in role
// GUIDs (the same in every tenant); each assignment is scoped to the one resource it is needed on.
metadata description = 'Role assignments for the function app identity (and, optionally, for the person who uploads reports).'

@description('Principal (object) ID of the function app\'s user-assigned managed identity.')
param principalId string

@description('Storage account holding reports, tables, host state and the deployment package.')
param storageAccountName string

@description('Application Insights component the app sends telemetry to.')
param applicationInsightsName string

@description('Key Vault holding the SMTP secrets.')
param keyVaultName string

@description('Optional Entra ID object ID of a user or group allowed to upload reports (Storage Blob Data Contributor on the reports container only). Empty: none.')
param uploaderPrincipalId string = ''

@description('Type of uploaderPrincipalId.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param uploaderPrincipalType string = 'User'

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: storageAccountName
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-06-01' existing = {
  parent: storage
  name: 'default'
}

resource reportsContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' existing = {
  parent: blobService
  name: 'reports'
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' existing = {
  name: keyVaultName
}

// Storage Blob Data Owner: Flex Consumption deployment package, host locks and secrets, blob trigger, reports and
// parsed containers. (Owner rather than Contributor is what the Functions host documents for AzureWebJobsStorage.)
resource blobDataOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, principalId, 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b')
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b')
    principalId: principalId
    principalType: 'ServicePrincipal'
    description: 'IngenAMiste function app: blobs (host storage, deployment package, reports).'
  }
}

// Storage Queue Data Contributor: the blob trigger's poison queue (webjobs-blobtrigger-poison) and host queues.
resource queueDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, principalId, '974c5e8b-45b9-4653-ba55-5f855dd0fb88')
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '974c5e8b-45b9-4653-ba55-5f855dd0fb88')
    principalId: principalId
    principalType: 'ServicePrincipal'
    description: 'IngenAMiste function app: queues (blob trigger poison queue).'
  }
}

// Storage Table Data Contributor: the measures, progress and ingestion tables.
resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, principalId, '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')
    principalId: principalId
    principalType: 'ServicePrincipal'
    description: 'IngenAMiste function app: tables.'
  }
}

// Monitoring Metrics Publisher: Entra ID-authenticated telemetry ingestion (App Insights local auth is disabled).
resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, principalId, '3913510d-42f4-4e42-8a64-420c390055eb')
  scope: applicationInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '3913510d-42f4-4e42-8a64-420c390055eb')
    principalId: principalId
    principalType: 'ServicePrincipal'
    description: 'IngenAMiste function app: telemetry ingestion.'
  }
}

// Key Vault Secrets User: read the SMTP secrets behind the app's Key Vault references.
resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, principalId, '4633458b-17de-408a-b874-0445c86b69e6')
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
    principalId: principalId
    principalType: 'ServicePrincipal'
    description: 'IngenAMiste function app: Key Vault references (SMTP credentials).'
  }
}

// Storage Blob Data Contributor on the reports container only, so a person can upload with
// `az storage blob upload --auth-mode login`, Storage Explorer, the portal or `ingen upload`.
resource uploader 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(uploaderPrincipalId)) {
  name: guid(reportsContainer.id, uploaderPrincipalId, 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')
  scope: reportsContainer
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'ba92f5b4-2d11-453d-a403-e96b0029c9fe')
    principalId: uploaderPrincipalId
    principalType: uploaderPrincipalType
    description: 'IngenAMiste: upload reports.'
  }
}
