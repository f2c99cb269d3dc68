# Compliant: very short search ads, display banners, emoji-heavy social ads,
# and long-form social copy (40-60 words).  Mixed verticals.
DATA = r"""
@ vertical=retail_fashion lang=en
Boots Sale |
Women's Raincoats | Free returns.
Shop Linen Now |
Summer Dresses 30% Off |
☀️ Sunnies Season ☀️ | Polarized sunglasses from $25. Tap to shop.
Fall Edit Is Here 🍂 | Cozy knits, corduroy and chunky boots. New in this week.
We Made a Better Hoodie | Three years, 42 prototypes and one obsessive design team later, the Everyday Hoodie is here. Heavyweight organic cotton, a hood that holds its shape, pockets deep enough for a phone that won't fall out on the bus. Available in 8 colors, XS to 3XL.
@ vertical=electronics lang=en
Laptops |
Buy iPad Cases |
4K Monitors Under $300 |
USB-C Chargers | GaN, 65W, fits in your palm.
Your Phone, Upgraded 📱 | Trade in and save up to $500 today.
🎧 New Colors Just Dropped | The Orbit earbuds now come in sage, sand and midnight.
Why We Built a Repairable Laptop | Most laptops are glued shut. Ours uses standard screws, every part has a QR code linking to a repair guide, and replacement batteries cost $59. When your keyboard wears out, you swap it in five minutes instead of buying a new machine. Pre-orders open today.
@ vertical=travel lang=en
Cheap Flights Denver |
Hotels in Rome |
Car Rental Orlando | From $24/day.
✈️ Weekend Getaway? | Flights + hotel bundles from $199.
🌴 Beach Days Await | Save 25% on Caribbean resorts when you book by Sunday.
The Slow Way Across Canada | Four nights on the train from Toronto to Vancouver, watching prairie turn into Rockies from a glass-domed car. Sleeper cabins include all meals, fresh sheets and a window seat to the most beautiful country you have never properly looked at. Limited summer departures.
@ vertical=restaurants lang=en
Pizza Near Me |
Sushi Delivery | 30 min or less.
Best Burgers in Austin |
🍜 Pho Friday | Large bowl $11 all day at Saigon Street.
🥐 Fresh Croissants at 7am | Baked every morning at Rue Bakery. Come early, they go fast.
A Note From Our Kitchen | Ten years ago we opened with four tables and a borrowed stove. This week we celebrate with the menu that started it all: braised short rib, grandma's cornbread and the peach cobbler you keep asking about. Every dish is $10 all week. Thank you for a decade of Tuesdays.
@ vertical=home_garden lang=en
Lawn Mowers |
Patio Sets on Sale |
Garden Hoses | Kink-free, 100 ft.
🌱 Grow Something This Spring | Veggie seed starter kit $19.
Our Soil Story | We make compost from restaurant scraps collected by bike across the city. Every bag of Bikeyard Compost diverts 30 lbs of food waste from landfill and gives your tomatoes the richest start they've ever had. Local delivery free on 5 bags or more.
@ vertical=software_saas lang=en
CRM Software |
Free Invoice Templates |
HIPAA Compliant Forms |
Slack Alternative | Self-hosted, open source.
🚀 Ship Faster | CI pipelines that run in half the time. Free for small teams.
Your Support Team Deserves Better Tools | Tickets arrive from email, chat, social and phone, and your agents copy-paste between five tabs to answer one customer. Relay puts every conversation in one inbox with the customer's history beside it, suggests replies from your help center, and routes urgent issues automatically. Start a 21-day trial.
@ vertical=fitness lang=en
Gyms Near Me |
Yoga Classes | First week free.
Running Shoes for Flat Feet |
💪 New Year, New Routine | Join for $0 enrollment in January.
It's Not About the Six-Pack | Our members are nurses, retirees, new parents and people who never liked gyms. Classes are 45 minutes, coaches learn your name, and nobody cares what you can lift on day one. Come try a week for free and see whether it feels like the place you'll keep showing up.
@ vertical=education lang=en
Online Degrees |
Learn Excel Fast |
ESL Classes Near Me |
📚 Back to School | Textbook rentals up to 80% off.
From Cashier to Coder | Maria worked nights at a grocery store while taking our part-time web development course. Eleven months later she accepted a junior developer job at a logistics company. Our next evening cohort starts in April, with payment plans and a career coach for every student.
@ vertical=automotive lang=en
Used Honda Civic |
Tire Shop Open Sunday |
Oil Change Coupon | $10 off synthetic.
🚗 Summer Road Trip? | Free 15-point safety check before you go.
What 200,000 Miles Taught Us | Our shop has kept the same delivery vans running for over a decade. The secret isn't magic: fluid changes on schedule, honest advice about what can wait, and parts we'd put in our own cars. Bring yours in for a free inspection and we'll tell you straight.
@ vertical=pets lang=en
Dog Groomers Near Me |
Cat Food Subscription |
🐶 Puppy Class Starts Monday | 6 weeks, $120. Sit, stay, and stop chewing shoes.
Meet Biscuit | Biscuit is a 7-year-old beagle who loves naps, peanut butter and anyone who will scratch behind his ears. He has lived at our shelter for 214 days. Senior dogs are calm, house-trained and grateful. Adoption fees for dogs over six are waived this month.
@ vertical=real_estate lang=en
Homes for Sale Austin |
2 Bedroom Apartments |
🏡 Open House Today | 1-4pm, 88 Elm St. Come see the new kitchen.
Why We Still Knock on Doors | In a world of algorithms, our agents walk the neighborhoods they sell in. They know which streets flood, which schools just added a program and which sellers will take a fair offer. Call us before you list, and get a free pricing report built by a person.
@ vertical=finance lang=en
Free Checking Account |
Tax Filing Help |
💵 Direct Deposit? Get Paid 2 Days Early | Free checking at Harbor Bank. Member FDIC.
@ vertical=nonprofit lang=en
Donate to Food Bank |
Volunteer This Weekend |
🐾 Foster a Kitten | We supply food, litter and vet care. You supply the cuddles.
Letters From Camp | Last summer, 400 kids from our city spent a week at Camp Pinecrest, many seeing a lake for the first time. A $150 gift sends one child for a week, including transport, meals and a counselor trained in first aid. Help us send 500 this year.
@ vertical=jobs lang=en
Nursing Jobs Chicago |
Remote Jobs |
🚚 Drivers Wanted | $1,400/week, home every weekend.
@ vertical=gaming lang=en
Free Online Puzzle Games |
Co-op Games for Couples |
🎮 Season 5 Is Live | New map, new heroes, new ranked rewards.
@ vertical=beauty lang=en
Hair Salon Open Now |
Vegan Skincare |
✨ Glow Season | Hydrating serum bundle $39.
"""
