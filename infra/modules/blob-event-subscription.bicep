// Stage 2, deployed by hooks/postdeploy.sh after `azd deploy` (not by main.bicep):
// delivers BlobCreated events of the `reports` container to the IngestReport blob trigger (Source = EventGrid).
//
// The webhook URL carries the function's `blobs_extension` system key. That key is created by the Functions host
// the first time it starts with an Event Grid-sourced blob trigger, i.e. only after the code is deployed, so this
// can't be part of the first `azd provision`. listKeys is resolved inside Azure Resource Manager: the key never
// passes through the hook's shell, command line or logs, and is not a template output.
// Event Grid validates the endpoint when the subscription is created, which also needs the running function.
metadata description = 'Event Grid subscription: BlobCreated in container reports -> IngestReport blob trigger webhook.'

@description('Function app hosting IngestReport.')
param functionAppName string

@description('Event Grid system topic of the storage account (output AZURE_EVENTGRID_SYSTEM_TOPIC_NAME).')
param systemTopicName string

@description('Delivery attempts before Event Grid drops an event.')
@minValue(1)
@maxValue(30)
param maxDeliveryAttempts int = 30

@description('Minutes Event Grid keeps retrying an event.')
@minValue(1)
@maxValue(1440)
param eventTimeToLiveInMinutes int = 1440

resource functionApp 'Microsoft.Web/sites@2025-03-01' existing = {
  name: functionAppName
}

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource subscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: systemTopic
  name: 'ingest-reports'
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${functionApp.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.IngestReport&code=${listKeys('${functionApp.id}/host/default', functionApp.apiVersion).systemKeys.blobs_extension}'
        maxEventsPerBatch: 1
        preferredBatchSizeInKilobytes: 64
      }
    }
    eventDeliverySchema: 'EventGridSchema'
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/reports/'
      isSubjectCaseSensitive: false
    }
    retryPolicy: {
      maxDeliveryAttempts: maxDeliveryAttempts
      eventTimeToLiveInMinutes: eventTimeToLiveInMinutes
    }
  }
}

output name string = subscription.name
