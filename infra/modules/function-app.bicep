// The IngenAMiste function app on Flex Consumption (FC1): scale to zero, pay per execution.
// Every connection is identity-based (user-assigned identity); no key, SAS or connection string is ever written
// into the app settings, and the SMTP credentials are Key Vault references.
metadata description = 'Flex Consumption plan and function app (.NET 10 isolated) with identity-based settings.'

@description('Function app name (also its host name: NAME.azurewebsites.net).')
param name string

@description('Flex Consumption plan name.')
param planName string

@description('Azure region.')
param location string

@description('Tags applied to the plan and the app.')
param tags object

@description('azd service name in azure.yaml; azd finds the app to deploy to by this tag.')
param azdServiceName string = 'api'

@description('Resource ID of the user-assigned managed identity the app runs as.')
param identityId string

@description('Client ID of that identity (the settings name it so the SDKs pick it over any other).')
param identityClientId string

@description('Storage account for the host, the reports and the deployment package.')
param storageAccountName string

@description('Blob container the platform deploys the app package to.')
param deploymentContainerName string

@description('Application Insights component the app sends telemetry to.')
param applicationInsightsName string

@description('URI of the Key Vault holding the SMTP secrets (https://NAME.vault.azure.net/).')
param keyVaultUri string

@description('Name of the Key Vault secret holding the SMTP user name.')
param smtpUsernameSecretName string

@description('Name of the Key Vault secret holding the SMTP password.')
param smtpPasswordSecretName string

@description('Most instances the app may scale out to (a cost ceiling).')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory of each instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Origins allowed to call the HTTP endpoints from a browser (CORS). Empty: none.')
param corsAllowedOrigins array = []

@description('SMTP server host name. Empty: no e-mail summary is sent.')
param smtpHost string = ''

@description('SMTP port (587 for STARTTLS submission).')
@minValue(1)
@maxValue(65535)
param smtpPort int = 587

@description('Upgrade the SMTP connection with STARTTLS.')
param smtpUseStartTls bool = true

@description('Sender address of the summary e-mail.')
param smtpFrom string = ''

@description('NCRONTAB schedule (UTC) of the summary e-mail.')
param summarySchedule string = '0 0 7 * * 1'

@description('Recipients of the summary e-mail, separated by commas or semicolons. Empty: none.')
param summaryRecipients string = ''

@description('Dashboard link in the e-mail. Empty: https://APP.azurewebsites.net/api/dashboard.')
param summaryDashboardUrl string = ''

@description('Send the summary even when nothing changed since the last one.')
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

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': azdServiceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    publicNetworkAccess: 'Enabled'
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      cors: {
        allowedOrigins: corsAllowedOrigins
        supportCredentials: false
      }
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// No basic-auth (publishing profile) credentials: azd and the portal deploy with Entra ID tokens.
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: functionApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: functionApp
  name: 'scm'
  properties: {
    allow: false
  }
}

// Flex Consumption takes the runtime from functionAppConfig: FUNCTIONS_WORKER_RUNTIME, FUNCTIONS_EXTENSION_VERSION
// and WEBSITE_RUN_FROM_PACKAGE must not be set here.
resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: functionApp
  name: 'appsettings'
  properties: {
    // Functions host storage, as the identity.
    AzureWebJobsStorage__blobServiceUri: storage.properties.primaryEndpoints.blob
    AzureWebJobsStorage__queueServiceUri: storage.properties.primaryEndpoints.queue
    AzureWebJobsStorage__tableServiceUri: storage.properties.primaryEndpoints.table
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identityClientId
    // The reports connection (blob trigger with Event Grid source, tables, parsed container), as the identity.
    ReportStorage__blobServiceUri: storage.properties.primaryEndpoints.blob
    ReportStorage__queueServiceUri: storage.properties.primaryEndpoints.queue
    ReportStorage__tableServiceUri: storage.properties.primaryEndpoints.table
    ReportStorage__credential: 'managedidentity'
    ReportStorage__clientId: identityClientId
    // Telemetry with Entra ID (the component refuses instrumentation-key-only ingestion).
    APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
    // E-mail summary.
    Smtp__Host: smtpHost
    Smtp__Port: string(smtpPort)
    Smtp__UseStartTls: string(smtpUseStartTls)
    // Version-less secret URIs: the platform resolves the latest version (re-read within 24 h, or on a config change).
    Smtp__Username: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${smtpUsernameSecretName})'
    Smtp__Password: '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${smtpPasswordSecretName})'
    Smtp__From: smtpFrom
    Summary__Schedule: summarySchedule
    Summary__Recipients: summaryRecipients
    Summary__DashboardUrl: empty(summaryDashboardUrl)
      ? 'https://${functionApp.properties.defaultHostName}/api/dashboard'
      : summaryDashboardUrl
    Summary__SendWhenUnchanged: string(summarySendWhenUnchanged)
    // Ingestion limits.
    Ingest__MaxBytes: string(ingestMaxBytes)
    Ingest__MaxPages: string(ingestMaxPages)
    Ingest__Timeout: ingestTimeout
  }
}

output id string = functionApp.id
output name string = functionApp.name
output defaultHostName string = functionApp.properties.defaultHostName
output url string = 'https://${functionApp.properties.defaultHostName}'
output planId string = plan.id
