# Compliant: more hospitality, food, grocery, cafes, with varied tone.
DATA = r"""
@ vertical=restaurants lang=en
Date Night Prix Fixe | Three courses for two, $79. Candlelit tables, handmade pasta.
Sunday Roast Is Served | Roast beef, Yorkshire pudding and all the trimmings. £16.50.
Korean BBQ, All You Can Eat | Grill at your table. $29.99 per person, 90 minutes.
Ethiopian Platters to Share | Injera with six stews and salads. Vegan options.
Oyster Mondays | Half-price oysters every Monday, 5-7pm. Fresh from the coast.
Salad Bowls Your Way | Build your own bowl from 40 ingredients. Order ahead in the app.
Pancake House Since 1958 | Buttermilk stacks, Dutch babies and fresh-squeezed OJ.
Late-Night Noodle Bar | Hand-pulled noodles until 2am, Thursday to Saturday.
Vegan Ramen Pop-Up | One weekend only at Union Market. Shiitake broth, crispy tofu.
Chef's Counter | Watch our chefs cook 10 courses. Six seats, two seatings nightly.
Pizza by the Slice | $3.50 New York slices, open until 3am.
Poke Bowls | Fresh ahi and salmon poke, build your bowl. Lunch in 5 minutes.
Afternoon Tea for Two | Sandwiches, scones and petit fours with loose-leaf tea. £39.
Grilled Cheese Truck | Five melts, tomato soup, and a pickle on the side.
Texas BBQ Catering | Brisket, ribs and sides for weddings and company picnics.
Falafel Wraps $8 | Crispy falafel, tahini and pickles in warm pita.
Farm-to-Table Dinner Series | Monthly dinners on the farm with local chefs.
Sushi Making Class | Roll your own maki with our chef. Ingredients included.
Greek Taverna | Grilled octopus, moussaka and fresh bread. Family owned.
Wood-Fired Bagels | Montreal-style bagels, hand-rolled, wood-fired.
Curry House | Over 40 curries, mild to extra hot. Free delivery over £20.
Gelato Made Daily | Pistachio, stracciatella and seasonal sorbets.
Soul Food Sundays | Fried chicken, mac and cheese and collard greens.
Dumpling Delivery | Steamed and pan-fried dumplings delivered hot.
Vegetarian Tasting Menu | Six courses celebrating summer vegetables.
Kid-Friendly Diner | Crayons, big booths and pancakes shaped like animals.
Breakfast Sandwiches | Egg, cheese and your choice of bacon or avocado. $5.
Lobster Rolls | Maine lobster on a buttered bun. Seasonal, while it lasts.
Crepes to Go | Sweet and savory crepes at our cart in Central Park.
New Chef, New Menu | Chef Amina brings West African flavors to Harbor Street.
@ vertical=food_beverage lang=en
Frozen Pizza, Restaurant Quality | Stone-baked crust, real mozzarella. In your freezer aisle.
Protein Bars, 20g | No added sugar, 8 flavors. Box of 12 $24.
Organic Baby Formula | Gentle formula made with organic milk. Pediatrician-designed.
Fresh Pasta Delivered | Hand-made tagliatelle and ravioli shipped chilled.
Maple Syrup From Vermont | Grade A amber syrup, tapped and boiled on our farm.
Sparkling Lemonade | Real lemons, cane sugar, a little fizz. 12-pack.
Energy Drink, Zero Sugar | 150mg caffeine, 10 calories. Citrus and berry.
Gourmet Popcorn Tins | Caramel, cheddar and kettle corn tins for the holidays.
Gluten-Free Pasta | Chickpea pasta with 14g protein per serving.
Oat Milk Barista Edition | Steams and pours like dairy. Ask your café.
Cold-Pressed Juice | Juices from whole fruit and vegetables. Six flavors in 12oz bottles.
Hot Chocolate Bombs | Drop in hot milk and watch them melt. Box of 6.
Granola Small Batch | Maple pecan granola baked in small batches.
Baking Subscription | Monthly baking kit with premeasured dry ingredients.
Pickles and Ferments | Kimchi, sauerkraut and dill pickles made in Brooklyn.
Cheese of the Month | Three artisan cheeses and tasting notes.
Frozen Fruit for Smoothies | Mango, berries and pineapple, flash-frozen.
Instant Ramen Premium | Restaurant-style broth in 5 minutes.
Coconut Water | 100% coconut water, nothing added.
Artisan Bread Subscription | Sourdough and rye delivered every Friday.
Allergy-Friendly Snacks | Allergy-friendly snacks free from the top 9 allergens.
Matcha Starter Kit | Ceremonial-grade matcha, whisk and bowl. $45.
Premium Dates | Medjool dates from California, 2 lb box.
Bulk Nuts and Seeds | Almonds, cashews and pumpkin seeds by the pound.
Cold-Pressed Olive Oil Gift Set | Three oils from three regions.
@ vertical=travel lang=en
Boutique Hotel in Lisbon | Rooftop terrace, breakfast included. From €120 a night.
Family Cabins at Lake Tahoe | Lakefront cabins sleeping 6-10. Summer weeks filling fast.
Budget Hotel Near the Airport | Free shuttle, free breakfast. From $79.
Ryokan Stays in Japan | Traditional inns with hot springs and kaiseki dinners.
Ski-In Ski-Out Condos | Walk out the door and onto the slopes. Book 5 nights, save 15%.
City Breaks in Prague | Hotel and flights from £199 per person.
Camping Gear Rental | Tents, stoves and sleeping bags delivered to the trailhead.
Northern Italy by Rail | 10-day self-guided tour with rail passes and hotels.
Desert Glamping in Utah | Domes with stargazing windows near national parks.
Cooking Holidays in Provence | Week-long culinary retreats with market visits.
Galápagos Small-Ship Cruise | 16-guest yacht, naturalist guides, 8 days.
Canal Boat Holidays | Self-drive narrowboats on English canals. No license needed.
Surf Camp in Portugal | Seven nights, daily lessons and a surf house by the beach.
National Parks Road Trip Planner | Routes, campsites and permits in one app.
Hotel Day Passes | Pools and spas at luxury hotels from $25.
"""
