// Holds the SMTP credentials. The templates never carry them as literals: they arrive as secure parameters
// (from `azd env set SMTP_USERNAME/SMTP_PASSWORD`, empty by default) or are set straight in the vault by an operator.
// The function app reads them through Key Vault references, as its user-assigned identity (Key Vault Secrets User).
metadata description = 'RBAC Key Vault with purge protection, and the SMTP secrets when they are supplied.'

@description('Key Vault name (3-24 letters, digits and hyphens).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags applied to the vault.')
param tags object

@description('SMTP user name. Empty: the secret is not written (set it in the vault yourself, or later through azd).')
@secure()
param smtpUsername string = ''

@description('SMTP password. Empty: the secret is not written (set it in the vault yourself, or later through azd).')
@secure()
param smtpPassword string = ''

@description('Name of the secret that holds the SMTP user name.')
param smtpUsernameSecretName string = 'smtp-username'

@description('Name of the secret that holds the SMTP password.')
param smtpPasswordSecretName string = 'smtp-password'

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    enabledForDeployment: false
    enabledForDiskEncryption: false
    enabledForTemplateDeployment: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource smtpUsernameSecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = if (!empty(smtpUsername)) {
  parent: vault
  name: smtpUsernameSecretName
  properties: {
    value: smtpUsername
    contentType: 'text/plain'
  }
}

resource smtpPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = if (!empty(smtpPassword)) {
  parent: vault
  name: smtpPasswordSecretName
  properties: {
    value: smtpPassword
    contentType: 'text/plain'
  }
}

output id string = vault.id
output name string = vault.name
output uri string = vault.properties.vaultUri
