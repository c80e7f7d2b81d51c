def test_logbook_list_is_empty_for_anonymous_on_a_new_instance(client):
    response = client.get("/api/v1/logbooks")
    assert response.status_code == 200
    assert response.get_json() == []
