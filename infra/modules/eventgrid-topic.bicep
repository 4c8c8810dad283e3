// The storage account's Event Grid system topic. Its subscription to the IngestReport function is stage 2
// (blob-event-subscription.bicep, run by hooks/postdeploy.sh): it needs the function's blobs_extension system key,
// which exists only once the code is deployed and the host has started.
metadata description = 'Event Grid system topic for the reports storage account.'

@description('System topic name.')
param name string

@description('Azure region; must be the storage account\'s region.')
param location string

@description('Tags applied to the topic.')
param tags object

@description('Storage account whose blob events the topic publishes.')
param storageAccountName string

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: storageAccountName
}

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output id string = systemTopic.id
output name string = systemTopic.name
