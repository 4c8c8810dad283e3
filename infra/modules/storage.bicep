// One account holds the reports, the app's tables, the Functions host state and the deployment package.
// Entra ID only: shared keys (and so SAS and connection strings) are refused by the service.
metadata description = 'Storage account for reports, tables, the Functions host and the deployment package.'

@description('Storage account name (3-24 lower-case letters and digits).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags applied to the account.')
param tags object

@description('Replication. Standard_LRS is the cheapest; use Standard_ZRS or Standard_GZRS for more durability.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param skuName string = 'Standard_LRS'

@description('Blob container the Flex Consumption platform deploys the app package to.')
param deploymentContainerName string

@description('Days a deleted or overwritten blob, and a deleted container, can be restored.')
@minValue(1)
@maxValue(365)
param softDeleteRetentionDays int = 30

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

// An uploaded report can't be lost by mistake: overwrites keep the previous version, deletes are soft for
// softDeleteRetentionDays, and a deleted container can be restored for as long.
resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-06-01' = {
  parent: storage
  name: 'default'
  properties: {
    isVersioningEnabled: true
    deleteRetentionPolicy: {
      enabled: true
      days: softDeleteRetentionDays
      allowPermanentDelete: false
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: softDeleteRetentionDays
    }
  }
}

// Staff upload the PDF reports here; the IngestReport function is triggered (through Event Grid) by each new blob.
resource reportsContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' = {
  parent: blobService
  name: 'reports'
  properties: {
    publicAccess: 'None'
  }
}

// The app keeps each report's full parse here (Storage:ParsedContainer). The app could create it, but then a typo
// in a role would only show at the first upload.
resource parsedContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' = {
  parent: blobService
  name: 'parsed'
  properties: {
    publicAccess: 'None'
  }
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

output id string = storage.id
output name string = storage.name
output blobEndpoint string = storage.properties.primaryEndpoints.blob
output queueEndpoint string = storage.properties.primaryEndpoints.queue
output tableEndpoint string = storage.properties.primaryEndpoints.table
output reportsContainerName string = reportsContainer.name
output parsedContainerName string = parsedContainer.name
output deploymentContainerName string = deploymentContainer.name
