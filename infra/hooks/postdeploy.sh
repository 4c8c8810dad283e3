#!/bin/sh
# azd postdeploy hook: stage 2 of the IngenAMiste infrastructure.
#
# Creates (or updates) the Event Grid subscription that delivers BlobCreated events of the `reports` container
# to the IngestReport blob trigger, by deploying modules/blob-event-subscription.bicep into the resource group.
#
# Why here and not in main.bicep: the webhook URL must carry the function's `blobs_extension` system key, which the
# Functions host creates the first time it starts with an Event Grid-sourced blob trigger, i.e. after `azd deploy`.
# Event Grid also validates the endpoint when the subscription is created, which needs the running function.
# The key is read by Azure Resource Manager (listKeys inside the template): it never lands in this shell.
#
# Idempotent: safe to re-run (`azd hooks run postdeploy --cwd infra`), e.g. after rotating the system key.
# Needs: the Azure CLI, signed in to the same tenant as azd (az login).
set -eu

cd "$(dirname "$0")/.."

: "${AZURE_SUBSCRIPTION_ID:?run through azd (azd deploy / azd hooks run postdeploy), which sets it}"
: "${AZURE_RESOURCE_GROUP:?missing: run azd provision first}"
: "${AZURE_FUNCTION_APP_NAME:?missing: run azd provision first}"
: "${AZURE_EVENTGRID_SYSTEM_TOPIC_NAME:?missing: run azd provision first}"

if ! command -v az >/dev/null 2>&1; then
  echo "postdeploy: the Azure CLI (az) is required to create the Event Grid subscription." >&2
  exit 1
fi

app_url="${AZURE_FUNCTION_APP_URL:-https://${AZURE_FUNCTION_APP_NAME}.azurewebsites.net}"

# Wait until the host has created the blobs_extension key (asks only whether it exists; the value is not fetched).
echo "postdeploy: waiting for ${AZURE_FUNCTION_APP_NAME} to create its blobs_extension key..."
attempt=0
while :; do
  attempt=$((attempt + 1))
  has_key=$(az functionapp keys list \
      --subscription "$AZURE_SUBSCRIPTION_ID" \
      --resource-group "$AZURE_RESOURCE_GROUP" \
      --name "$AZURE_FUNCTION_APP_NAME" \
      --query "systemKeys.blobs_extension != null" \
      --output tsv 2>/dev/null || echo false)
  case "$has_key" in
    [Tt]rue) break ;;
  esac
  if [ "$attempt" -ge 30 ]; then
    echo "postdeploy: the blobs_extension key did not appear after $attempt tries." >&2
    echo "postdeploy: check that IngestReport is deployed (BlobTrigger with Source = BlobTriggerSource.EventGrid)," >&2
    echo "postdeploy: then re-run: azd hooks run postdeploy --cwd infra" >&2
    exit 1
  fi
  # Wake the host (Flex Consumption scales to zero); any HTTP answer will do.
  curl --silent --output /dev/null --max-time 30 "$app_url/" || true
  sleep 10
done

echo "postdeploy: deploying the Event Grid subscription (reports -> IngestReport)..."
attempt=0
until az deployment group create \
    --subscription "$AZURE_SUBSCRIPTION_ID" \
    --resource-group "$AZURE_RESOURCE_GROUP" \
    --name "ingest-reports-event-subscription" \
    --template-file modules/blob-event-subscription.bicep \
    --parameters functionAppName="$AZURE_FUNCTION_APP_NAME" systemTopicName="$AZURE_EVENTGRID_SYSTEM_TOPIC_NAME" \
    --output none; do
  attempt=$((attempt + 1))
  if [ "$attempt" -ge 3 ]; then
    echo "postdeploy: the Event Grid subscription could not be created (endpoint validation needs the app running)." >&2
    exit 1
  fi
  echo "postdeploy: retrying in 30 s (the endpoint may still be starting)..."
  sleep 30
done

echo "postdeploy: done. New blobs in container 'reports' of ${AZURE_STORAGE_ACCOUNT_NAME:-the storage account} now trigger IngestReport."
