namespace IngenAMiste.Infra.Tests;

public sealed class EventGridAndAlertTests
{
    [Fact]
    public void System_topic_publishes_the_storage_account_events()
    {
        var topic = Templates.Main.Single("Microsoft.EventGrid/systemTopics");

        Assert.Equal("Microsoft.Storage.StorageAccounts", ArmTemplate.Text(topic.Properties["topicType"]));
        Assert.Equal("[resourceId('Microsoft.Storage/storageAccounts', parameters('storageAccountName'))]", ArmTemplate.Text(topic.Properties["source"]));
        Assert.True(Templates.IsModuleOutput(topic.ModuleArgument("storageAccountName"), "storage", "name"));
        Assert.Empty(Templates.Main.OfType("Microsoft.EventGrid/systemTopics/eventSubscriptions"));
    }

    [Fact]
    public void Stage_two_subscription_sends_blob_created_in_reports_to_the_ingest_report_blob_trigger()
    {
        var subscription = Templates.EventSubscription.Single("Microsoft.EventGrid/systemTopics/eventSubscriptions");
        var filter = subscription.Properties["filter"]!.AsObject();
        var destination = subscription.Properties["destination"]!.AsObject();

        Assert.Equal(["Microsoft.Storage.BlobCreated"], filter["includedEventTypes"]!.AsArray().Select(ArmTemplate.Text));
        Assert.Equal("/blobServices/default/containers/reports/", ArmTemplate.Text(filter["subjectBeginsWith"]));
        Assert.Null(filter["advancedFilters"]);

        Assert.Equal("WebHook", ArmTemplate.Text(destination["endpointType"]));
        var url = ArmTemplate.Text(destination["properties"]!["endpointUrl"]);
        Assert.StartsWith("[format('https://{0}/runtime/webhooks/blobs?functionName=Host.Functions.IngestReport&code={1}', ", url, StringComparison.Ordinal);
        Assert.Contains("listKeys(format('{0}/host/default', resourceId('Microsoft.Web/sites', parameters('functionAppName')))", url, StringComparison.Ordinal);
        Assert.EndsWith(".systemKeys.blobs_extension)]", url, StringComparison.Ordinal);

        Assert.Equal("[format('{0}/{1}', parameters('systemTopicName'), 'ingest-reports')]", subscription.Name);
        Assert.Equal("EventGridSchema", ArmTemplate.Text(subscription.Properties["eventDeliverySchema"]));
        Assert.NotNull(subscription.Properties["retryPolicy"]);
    }

    [Fact]
    public void Stage_two_never_outputs_the_key()
    {
        var outputs = Templates.EventSubscription.Root["outputs"]?.ToJsonString() ?? "";

        Assert.DoesNotContain("listKeys", outputs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("endpointUrl", outputs, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Failed_ingest_report_invocations_raise_an_alert_mailed_through_an_action_group()
    {
        var rule = Templates.Main.Single("Microsoft.Insights/scheduledQueryRules");
        var properties = rule.Properties;
        var criterion = Assert.Single(properties["criteria"]!["allOf"]!.AsArray())!.AsObject();

        Assert.Equal("LogAlert", ArmTemplate.Text(rule.Node["kind"]));
        Assert.True(properties["enabled"]!.GetValue<bool>());
        Assert.Equal(Templates.Parameter("applicationInsightsId"), ArmTemplate.Text(Assert.Single(properties["scopes"]!.AsArray())));
        Assert.True(Templates.IsModuleOutput(rule.ModuleArgument("applicationInsightsId"), "monitoring", "applicationInsightsId"));

        var query = ArmTemplate.Text(criterion["query"]);
        Assert.Contains("requests", query, StringComparison.Ordinal);
        Assert.Contains("operation_Name == \"IngestReport\"", query, StringComparison.Ordinal);
        Assert.Contains("success == false", query, StringComparison.Ordinal);
        Assert.Equal("Count", ArmTemplate.Text(criterion["timeAggregation"]));
        Assert.Equal("GreaterThan", ArmTemplate.Text(criterion["operator"]));
        Assert.Equal(0, criterion["threshold"]!.GetValue<int>());

        Assert.Contains("resourceId('Microsoft.Insights/actionGroups', parameters('actionGroupName'))", ArmTemplate.Text(properties["actions"]!["actionGroups"]), StringComparison.Ordinal);
        var group = Templates.Main.Single("Microsoft.Insights/actionGroups");
        var receiver = Assert.Single(group.Properties["emailReceivers"]!.AsArray())!.AsObject();
        Assert.Equal(Templates.Parameter("alertEmailAddress"), ArmTemplate.Text(receiver["emailAddress"]));
        Assert.Equal(Templates.Parameter("alertEmailAddress"), group.ModuleArgument("alertEmailAddress"));
    }
}
